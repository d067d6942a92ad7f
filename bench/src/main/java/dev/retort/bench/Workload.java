package dev.retort.bench;

import java.util.List;
import java.util.Locale;

/**
 * The migration workload of issue 3: revision {@code i} creates table {@code t0000i} with three
 * columns and an index. The generated {@code .sql} revisions, the {@code .java} revisions (through
 * the operations API) and the raw JDBC floor all run exactly these statements.
 */
final class Workload {
    private Workload() {}

    /** The table of revision {@code number} (1-based); also the revision's message and slug. */
    static String table(int number) {
        return String.format(Locale.ROOT, "t%05d", number);
    }

    /** The DDL of one revision, as Retort renders the Java revision's operations on SQLite and PostgreSQL. */
    static List<String> statements(String table) {
        return List.of(
                "CREATE TABLE " + table + " (\n"
                        + "    id INTEGER NOT NULL,\n"
                        + "    name VARCHAR(100) NOT NULL,\n"
                        + "    created_at TIMESTAMP,\n"
                        + "    PRIMARY KEY (id)\n"
                        + ")",
                "CREATE INDEX ix_" + table + "_name ON " + table + " (name)");
    }

    /** The body of the {@code .java} revision for {@code table} (a template placeholder works too). */
    static String javaUpgrade(String table) {
        return "        op.createTable(\"" + table + "\", t -> t.column(\"id\", Types.integer(), c -> c.primaryKey())\n"
                + "                .column(\"name\", Types.string(100), c -> c.notNull())\n"
                + "                .column(\"created_at\", Types.timestamp()));\n"
                + "        op.createIndex(\"ix_" + table + "_name\", \"" + table + "\", \"name\");\n";
    }
}
