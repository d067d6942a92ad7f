package dev.retort.cli;

import static dev.retort.cli.ScriptInputs.upgrade;
import static dev.retort.cli.ScriptInputs.upgradeOn;

import dev.retort.testing.DatabaseKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/** Revisions that fail as they run, a database that goes away, and states a run must refuse. */
final class RunInputs {
    private RunInputs() {}

    static List<BadInput> cases() {
        return List.of(
                upgradeOn(
                                DatabaseKind.POSTGRESQL,
                                "quoted and unicode identifiers in a failing statement",
                                s -> s.scripts()
                                        .sql(
                                                "b2",
                                                "a1",
                                                "CREATE TABLE \"tâble \"\"q\"\"\" (id int);\nINSERT INTO \"mi\"\"ssing ü\" VALUES (1);",
                                                "DROP TABLE \"tâble \"\"q\"\"\";"))
                        .fails(
                                "error: revision b2 (versions/b2_r.sql:8): ERROR: relation \"mi\"ssing ü\" does not exist Position: 13; statement: INSERT INTO \"mi\"\"ssing ü\" VALUES (1); rolled back, the database is still at the previous revision"),
                upgradeOn(DatabaseKind.MARIADB, "backquoted unicode identifier in a failing statement", s -> s.scripts()
                                .sql("b2", "a1", "INSERT INTO `tâble ``ü` VALUES (1);", "SELECT 1;"))
                        .fails(
                                s -> "~\\Qerror: revision b2 (versions/b2_r.sql:7): \\E\\(conn=\\d+\\) \\QTable '"
                                        + s.db().name()
                                        + ".tâble `ü' doesn't exist; statement: INSERT INTO `tâble ``ü` VALUES (1); rolled back, the database is still at the previous revision\\E"),
                upgrade("single transaction rolls back every revision", s -> s.scripts()
                                .sql("b2", "a1", "CREATE TABLE t_b (id INTEGER);", "DROP TABLE t_b;")
                                .sql("c3", "b2", "INSERT INTO t_missing VALUES (1);", "SELECT 1;"))
                        .run(s -> List.of("--url", s.url(), "upgrade", "--single-transaction"))
                        .fails(
                                "error: revision c3 (versions/c3_r.sql:7): [SQLITE_ERROR] SQL error or missing database (no such table: t_missing); statement: INSERT INTO t_missing VALUES (1); rolled back, the database is still at the previous revision"),
                upgradeOn(DatabaseKind.POSTGRESQL, "PostgreSQL connection terminated mid-revision", s -> s.scripts()
                                .sql("b2", "a1", "CREATE TABLE t_b (id int);\nSELECT pg_sleep(20);", "DROP TABLE t_b;"))
                        .meanwhile(s -> kill(
                                s,
                                "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                                        + " AND query LIKE '%pg_sleep(20)%' AND pid <> pg_backend_pid()",
                                "SELECT pg_terminate_backend(%s)"))
                        .fails(
                                "error: revision b2 (versions/b2_r.sql:8): FATAL: terminating connection due to administrator command; statement: SELECT pg_sleep(20); rolled back, the database is still at the previous revision"),
                upgradeOn(DatabaseKind.MARIADB, "MariaDB connection killed mid-revision", s -> s.scripts()
                                .sql("b2", "a1", "DO SLEEP(20);", "SELECT 1;"))
                        .meanwhile(s -> kill(
                                s,
                                "SELECT id FROM information_schema.processlist WHERE db = DATABASE()"
                                        + " AND info LIKE 'DO SLEEP(20)%'",
                                "KILL CONNECTION %s"))
                        .fails(
                                "~\\Qerror: revision b2 (versions/b2_r.sql:7): \\E\\(conn=\\d+\\) \\QSocket error (the connection to the database was lost); statement: DO SLEEP(20); rolled back, the database is still at the previous revision; the failure could not be recorded in retort_history, so the revision stays marked as running and the next run will refuse it as dirty: once the schema is checked, run 'retort repair --rolled-back b2' (or --applied)\\E"),
                upgrade("version table names an unknown revision", s -> {
                            s.sql("UPDATE retort_version SET version_num = 'gone1234'");
                        })
                        .fails(
                                s ->
                                        "error: the database is at revision gone1234, which is not in the script directory "
                                                + s.dir().resolve("migrations")
                                                + ": restore its file, or if it is gone for good run 'retort stamp --purge REV' with the revision the schema really matches"),
                upgradeOn(DatabaseKind.MARIADB, "dirty revision", s -> {
                            s.scripts()
                                    .sql(
                                            "b2",
                                            "a1",
                                            "CREATE TABLE t_b (id INTEGER);\nINSERT INTO t_missing VALUES (1);",
                                            "DROP TABLE t_b;");
                            new Cli(s.dir()).run("--url", s.url(), "upgrade");
                        })
                        .fails(
                                s ->
                                        "~\\Qerror: revision b2 (versions/b2_r.sql) is dirty: its upgrade at \\E[0-9: -]+ UTC by \\S+ \\Qfailed after the database had committed part of it; recorded: revision b2 (versions/b2_r.sql:8): \\E\\(conn=\\d+\\) \\QTable '"
                                                + s.db().name()
                                                + ".t_missing' doesn't exist; statement: INSERT INTO t_missing VALUES (1); the database had already committed 1 statement of this revision (DDL is not transactional here): 1) CREATE TABLE t_b (id INTEGER); check the schema, then run 'retort repair --applied b2' if all of the revision's upgrade is in place (finish it by hand first if needed) or 'retort repair --rolled-back b2' if none of it is (undo the committed statements first); nothing was run\\E"),
                upgrade("applied revision file changed", s -> {
                            new Cli(s.dir()).run("--url", s.url(), "upgrade");
                            edit(s.dir().resolve("migrations/versions/a1_r.sql"));
                            s.scripts().sql("b2", "a1", "CREATE TABLE t_b (id INTEGER);", "DROP TABLE t_b;");
                        })
                        .fails(
                                "~\\Qerror: revision a1 (versions/a1_r.sql) changed after it was applied (checksum \\E[0-9a-f]{8} then, [0-9a-f]{8} \\Qnow): restore the file, or accept the change with 'retort repair --accept a1'; nothing was run\\E"),
                upgrade("check finds a broken file", s -> s.scripts().sql("b2", "a1", "SELECT 'x;", "SELECT 1;"))
                        .run(s -> List.of("--url", s.url(), "check"))
                        .fails("error: check found 1 problem (2 revisions, 1 applied, 1 pending)"));
    }

    private static void edit(Path file) {
        try {
            Files.writeString(file, Files.readString(file) + "\n-- edited after it was applied\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Waits for the command's session to run {@code find}'s statement, then kills it with {@code kill}. */
    private static void kill(Sandbox s, String find, String kill) {
        long deadline = System.nanoTime() + 25_000_000_000L;
        try (Connection c = s.db().connect();
                Statement statement = c.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = statement.executeQuery(find)) {
                    if (rs.next()) {
                        statement.execute(String.format(kill, rs.getString(1)));
                        return;
                    }
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("the command never ran: " + find);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
