package dev.retort.runtime;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a rebuild needs to know about foreign keys on SQLite: which keys reference the table, and,
 * afterwards, whether any row references a row that does not exist ({@code PRAGMA
 * foreign_key_check}, which works whether or not {@code PRAGMA foreign_keys} is on).
 */
final class SqliteForeignKeys {
    private SqliteForeignKeys() {}

    private record Row(String table, int id, String from, String to, String onDelete) {}

    /** The foreign keys of every table (the table itself included) that reference {@code table}. */
    static List<ReferencingKey> referencing(SqliteSession session, String table) {
        List<Row> rows = session.query(
                "SELECT m.name, f.id, f.\"from\", f.\"to\", f.on_delete FROM main.sqlite_master m"
                        + " JOIN pragma_foreign_key_list(m.name, 'main') f"
                        + " WHERE m.type = 'table' AND f.\"table\" = ? COLLATE NOCASE ORDER BY m.name, f.id, f.seq",
                r -> new Row(r.getString(1), r.getInt(2), r.getString(3), r.getString(4), r.getString(5)),
                table);
        Map<String, List<Row>> keys = rows.stream()
                .collect(Collectors.groupingBy(r -> r.table() + "/" + r.id(), LinkedHashMap::new, Collectors.toList()));
        return keys.values().stream()
                .map(key -> new ReferencingKey(
                        key.get(0).table(),
                        key.stream().map(Row::from).toList(),
                        key.stream().map(Row::to).filter(Objects::nonNull).toList(),
                        key.get(0).onDelete()))
                .toList();
    }

    /**
     * Fails if rows of the rebuilt table, or of the tables referencing it, reference rows that do
     * not exist, naming the tables and the number of rows.
     *
     * @throws ForeignKeyViolationException on a violation or a key that no longer matches
     */
    static void check(SqliteSession session, String table, List<ReferencingKey> referencing) {
        Set<String> children = new LinkedHashSet<>();
        referencing.forEach(k -> children.add(k.table()));
        children.removeIf(table::equalsIgnoreCase);
        try {
            for (Object[] row : session.query(
                    "SELECT \"parent\", count(*) FROM pragma_foreign_key_check(?, 'main') GROUP BY \"parent\"",
                    r -> new Object[] {r.getString(1), r.getLong(2)},
                    table)) {
                throw violation(session, table, (Long) row[1], table, (String) row[0]);
            }
            for (String child : children) {
                long count = session.number(
                        "SELECT count(*) FROM pragma_foreign_key_check(?, 'main') WHERE \"parent\" = ? COLLATE NOCASE",
                        child,
                        table);
                if (count > 0) {
                    throw violation(session, table, count, child, table);
                }
            }
        } catch (StatementFailedException e) {
            throw new ForeignKeyViolationException(
                    session.subject() + ": a foreign key involving " + table + " no longer matches a primary key"
                            + " or unique key after the rebuild (" + e.getMessage() + "); keep a key on the"
                            + " referenced columns",
                    e);
        }
    }

    private static ForeignKeyViolationException violation(
            SqliteSession session, String table, long rows, String child, String parent) {
        return new ForeignKeyViolationException(session.subject() + ": after rebuilding " + table + ", " + rows
                + (rows == 1 ? " row of " + child + " references" : " rows of " + child + " reference") + " rows of "
                + parent
                + " that do not exist (PRAGMA foreign_key_check); fix or delete them before the batch and run the"
                + " migration again");
    }
}
