package dev.retort.runtime;

import dev.retort.schema.SqliteTableDefinition;
import java.util.List;

/** The refusals a SQLite rebuild checks before it touches the table. */
final class SqliteRebuildGuards {
    private final SqliteSession session;
    private final String table;

    SqliteRebuildGuards(SqliteSession session, String table) {
        this.session = session;
        this.table = table;
    }

    /** Refuses a table whose DDL has clauses the rebuilt table would silently lose. */
    void refuseUnkeptClauses() {
        List<String> sql = session.query(
                "SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = ?", row -> row.getString(1), table);
        List<String> unkept = SqliteTableDefinition.unkeptClauses(sql.get(0));
        if (!unkept.isEmpty()) {
            throw refuse("table " + table + " has " + String.join(", ", unkept)
                    + ", which a rebuild cannot carry over; rebuild it by hand with op.execute(...)");
        }
    }

    /** {@code name}, after checking that no table, index, view or trigger (main or temp) has it. */
    String freeName(String name) {
        long taken = session.number(
                "SELECT count(*) FROM (SELECT name FROM main.sqlite_master UNION ALL SELECT name FROM"
                        + " temp.sqlite_master) WHERE name = ? COLLATE NOCASE",
                name);
        if (taken > 0) {
            throw refuse("the rebuild needs the name " + name + ", which is taken (left by an interrupted rebuild?);"
                    + " drop that object first");
        }
        return name;
    }

    /**
     * Refuses a rebuild inside a transaction that enforces foreign keys when dropping the old table
     * would fire an {@code ON DELETE} action of a referencing key ({@code RESTRICT} also of the
     * table's own keys, whose other actions are moot: those rows go anyway).
     */
    void refuseDeleteActions(List<ReferencingKey> referencing) {
        for (ReferencingKey key : referencing) {
            boolean self = key.table().equalsIgnoreCase(table);
            if (key.onDelete().equalsIgnoreCase("RESTRICT") || (!self && key.hasDeleteAction())) {
                throw refuse("cannot rebuild " + table + " in a transaction that enforces foreign keys: dropping the"
                        + " old table would fire ON DELETE " + key.onDelete() + " of " + key.describe()
                        + "; turn PRAGMA foreign_keys off before the revision's transaction begins (SQLite ignores"
                        + " it inside one)");
            }
        }
    }

    private TableRebuildException refuse(String why) {
        return new TableRebuildException(session.subject() + ": " + why);
    }
}
