package dev.retort.cli;

import dev.retort.testing.DatabaseKind;
import dev.retort.testing.ScriptFixture;
import java.nio.file.Path;

/**
 * The script directories of the fault-injection suite: revision {@code r001} creates the {@code
 * applied} log, every later revision {@code rNNN} creates table {@code t_NNN}, waits a little (to
 * widen the windows a kill can hit) and logs itself in {@code applied}; its downgrade undoes that in
 * reverse. The log has no unique constraint, so a revision applied twice shows as two rows.
 */
final class FaultScripts {
    private FaultScripts() {}

    static String id(int i) {
        return String.format("r%03d", i);
    }

    static String table(int i) {
        return String.format("t_%03d", i);
    }

    /** Writes {@code count} revisions; {@code pause} adds a short wait to each. */
    static ScriptFixture write(Path dir, DatabaseKind kind, int count, boolean pause) {
        ScriptFixture scripts = new ScriptFixture(dir);
        scripts.sql(
                id(1),
                "",
                "CREATE TABLE applied (revision VARCHAR(64) NOT NULL);\nINSERT INTO applied VALUES ('" + id(1) + "');",
                "DROP TABLE applied;");
        String wait = pause ? wait(kind) + "\n" : "";
        for (int i = 2; i <= count; i++) {
            scripts.sql(
                    id(i),
                    id(i - 1),
                    "CREATE TABLE " + table(i) + " (id INTEGER);\n" + wait + "INSERT INTO applied VALUES ('" + id(i)
                            + "');",
                    "DELETE FROM applied WHERE revision = '" + id(i) + "';\n" + wait + "DROP TABLE " + table(i) + ";");
        }
        return scripts;
    }

    /** About 20 ms of work the database cannot skip. */
    private static String wait(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRESQL -> "SELECT pg_sleep(0.02);";
            case MARIADB -> "DO SLEEP(0.02);";
            default ->
                "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 50000)"
                        + " SELECT count(*) FROM n;";
        };
    }
}
