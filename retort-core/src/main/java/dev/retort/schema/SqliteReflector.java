package dev.retort.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reflects SQLite tables of the {@code main} schema. The {@code CREATE TABLE} text in
 * {@code sqlite_master} supplies what SQLite keeps only there (types and defaults as written,
 * constraint names, checks, collations, generated columns, {@code AUTOINCREMENT}, deferrability,
 * table options); the pragmas supply column order, nullability and key order, and are checked
 * against the parse so that a misparse fails loudly instead of losing a constraint.
 */
final class SqliteReflector extends CatalogReflector {

    SqliteReflector(Connection connection) {
        super(connection, "SQLite");
    }

    private record Found(String name, String sql) {}

    private record PragmaColumn(String name, boolean notNull, int primaryKeyPosition, int hidden) {}

    @Override
    List<String> readTableNames() throws SQLException {
        return query(
                "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                        + " ORDER BY name",
                row -> row.getString(1));
    }

    @Override
    boolean readHasTable(String name) throws SQLException {
        return find(name).isPresent();
    }

    @Override
    List<String> readIndexNames(String table) throws SQLException {
        Optional<Found> found = find(table);
        return found.isEmpty() ? List.of() : standaloneIndexNames(found.get().name());
    }

    @Override
    Optional<TableSchema> readTable(String name) throws SQLException {
        Optional<Found> found = find(name);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String table = found.get().name();
        SqliteTableSyntax syntax = parse(table, found.get().sql());
        List<PragmaColumn> pragma = query(
                "SELECT name, \"notnull\", pk, hidden FROM pragma_table_xinfo(?, 'main') WHERE hidden <> 1 ORDER BY cid",
                row -> new PragmaColumn(row.getString(1), row.getInt(2) != 0, row.getInt(3), row.getInt(4)),
                table);
        checkColumns(table, syntax, pragma);
        checkForeignKeys(table, syntax);
        return Optional.of(TableSchema.builder(table)
                .columns(columns(syntax, pragma))
                .primaryKey(primaryKey(syntax, pragma))
                .foreignKeys(syntax.foreignKeys().stream()
                        .map(k -> new ForeignKey(
                                k.name(),
                                canonical(k.columns(), pragma),
                                k.referencedTable(),
                                k.referencedColumns(),
                                k.onDelete(),
                                k.onUpdate(),
                                k.deferrable(),
                                k.initiallyDeferred()))
                        .toList())
                .uniqueConstraints(syntax.uniqueConstraints().stream()
                        .map(u -> new UniqueConstraint(u.name(), canonical(u.columns(), pragma)))
                        .toList())
                .checkConstraints(syntax.checkConstraints())
                .indexes(indexes(table))
                .triggers(triggers(table))
                .options(syntax.options())
                .build());
    }

    private Optional<Found> find(String name) throws SQLException {
        return query(
                        "SELECT name, sql FROM main.sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE",
                        row -> new Found(row.getString(1), row.getString(2)),
                        name)
                .stream()
                .findFirst();
    }

    private static SqliteTableSyntax parse(String table, String sql) {
        if (new SqliteTokenCursor(sql).peek(1).is("VIRTUAL")) {
            throw new SchemaReflectionException("cannot reflect SQLite table " + table
                    + ": it is a virtual table, whose columns and storage its module defines;"
                    + " Retort reflects ordinary tables only");
        }
        try {
            return SqliteTableParser.parse(sql);
        } catch (SqliteSyntaxException e) {
            throw new SchemaReflectionException("cannot reflect SQLite table " + table
                    + ": its CREATE TABLE statement could not be parsed (" + e.getMessage()
                    + "); please report the statement to the Retort project");
        }
    }

    private static List<ColumnSchema> columns(SqliteTableSyntax syntax, List<PragmaColumn> pragma) {
        List<ColumnSchema> columns = new ArrayList<>();
        for (int i = 0; i < pragma.size(); i++) {
            SqliteTableSyntax.Column written = syntax.columns().get(i);
            PragmaColumn actual = pragma.get(i);
            // The pragma's hidden flag (2 virtual, 3 stored) is what SQLite made of the clause.
            Optional<Computed> computed =
                    written.computed().map(c -> new Computed(c.expression(), actual.hidden() == 3));
            columns.add(ColumnSchema.builder(actual.name(), written.declaredType())
                    .nullable(!actual.notNull())
                    .defaultExpression(written.defaultExpression().orElse(null))
                    .autoincrement(written.autoincrement())
                    .collation(written.collation().orElse(null))
                    .computed(computed.orElse(null))
                    .build());
        }
        return columns;
    }

    /** Column names as the table declares them, where a constraint may spell them in another case. */
    private static List<String> canonical(List<String> names, List<PragmaColumn> pragma) {
        return names.stream()
                .map(n -> pragma.stream()
                        .map(PragmaColumn::name)
                        .filter(n::equalsIgnoreCase)
                        .findFirst()
                        .orElse(n))
                .toList();
    }

    private static PrimaryKey primaryKey(SqliteTableSyntax syntax, List<PragmaColumn> pragma) {
        List<String> key = pragma.stream()
                .filter(c -> c.primaryKeyPosition() > 0)
                .sorted(Comparator.comparingInt(PragmaColumn::primaryKeyPosition))
                .map(PragmaColumn::name)
                .toList();
        return key.isEmpty() ? null : new PrimaryKey(syntax.primaryKeyName(), key);
    }

    private static void checkColumns(String table, SqliteTableSyntax syntax, List<PragmaColumn> pragma) {
        List<String> written =
                syntax.columns().stream().map(SqliteTableSyntax.Column::name).toList();
        List<String> actual = pragma.stream().map(PragmaColumn::name).toList();
        boolean same = written.size() == actual.size();
        for (int i = 0; same && i < written.size(); i++) {
            same = written.get(i).equalsIgnoreCase(actual.get(i));
        }
        if (!same) {
            throw mismatch(table, "CREATE TABLE", "columns " + written, "columns " + actual);
        }
    }

    private void checkForeignKeys(String table, SqliteTableSyntax syntax) throws SQLException {
        // The pragma numbers foreign keys from the last declared one, and lists each key's columns by seq.
        List<String[]> rows = query(
                "SELECT id, \"from\" FROM pragma_foreign_key_list(?, 'main') ORDER BY id DESC, seq",
                row -> new String[] {row.getString(1), row.getString(2)},
                table);
        List<List<String>> actual = new ArrayList<>();
        String lastId = null;
        for (String[] row : rows) {
            if (!row[0].equals(lastId)) {
                actual.add(new ArrayList<>());
                lastId = row[0];
            }
            actual.get(actual.size() - 1).add(row[1].toLowerCase(Locale.ROOT));
        }
        List<List<String>> written = syntax.foreignKeys().stream()
                .map(k -> k.columns().stream()
                        .map(c -> c.toLowerCase(Locale.ROOT))
                        .toList())
                .toList();
        if (!written.equals(actual)) {
            throw mismatch(table, "CREATE TABLE", "foreign keys on " + written, "foreign keys on " + actual);
        }
    }

    private static SchemaReflectionException mismatch(String table, String statement, String written, String actual) {
        return new SchemaReflectionException("cannot reflect SQLite table " + table + ": its " + statement
                + " statement was read as declaring " + written + " but SQLite reports " + actual
                + "; please report the statement to the Retort project");
    }

    /** Indexes made by CREATE INDEX (origin c), not those SQLite made for a key (origins u and pk). */
    private List<String> standaloneIndexNames(String table) throws SQLException {
        return query(
                "SELECT name FROM pragma_index_list(?, 'main') WHERE origin = 'c' ORDER BY name",
                row -> row.getString(1),
                table);
    }

    private List<IndexSchema> indexes(String table) throws SQLException {
        List<IndexSchema> indexes = new ArrayList<>();
        List<String[]> entries = query(
                "SELECT name, \"unique\" FROM pragma_index_list(?, 'main') WHERE origin = 'c' ORDER BY name",
                row -> new String[] {row.getString(1), row.getString(2)},
                table);
        for (String[] entry : entries) {
            indexes.add(index(table, entry[0], "1".equals(entry[1])));
        }
        return indexes;
    }

    private IndexSchema index(String table, String name, boolean unique) throws SQLException {
        String sql = query(
                        "SELECT sql FROM main.sqlite_master WHERE type = 'index' AND name = ?",
                        row -> row.getString(1),
                        name)
                .get(0);
        SqliteIndexSyntax syntax;
        try {
            syntax = SqliteIndexSyntax.parse(sql);
        } catch (SqliteSyntaxException e) {
            throw new SchemaReflectionException("cannot reflect index " + name + " of SQLite table " + table
                    + ": its CREATE INDEX statement could not be parsed (" + e.getMessage()
                    + "); please report the statement to the Retort project");
        }
        // cid is the column's position, -2 for an expression key and -1 for the rowid.
        List<String> keys = query(
                "SELECT cid, name FROM pragma_index_xinfo(?, 'main') WHERE key = 1 ORDER BY seqno",
                row -> row.getInt(1) == -2 ? null : row.getInt(1) == -1 ? "rowid" : row.getString(2),
                name);
        if (keys.size() != syntax.keys().size()) {
            throw mismatch(table, "CREATE INDEX " + name, "keys " + syntax.keys(), keys.size() + " keys");
        }
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            columns.add(keys.get(i) != null ? keys.get(i) : syntax.keys().get(i));
        }
        return new IndexSchema(name, unique, columns, syntax.where(), Optional.of(sql));
    }

    private List<TriggerSchema> triggers(String table) throws SQLException {
        return query(
                "SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger' AND tbl_name = ? COLLATE NOCASE"
                        + " ORDER BY rowid",
                row -> new TriggerSchema(row.getString(1), row.getString(2)),
                table);
    }
}
