package dev.retort.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders a {@link TableSchema} back into SQLite DDL, for rebuilding a table by move-and-copy:
 * {@link #createTable(String)} under a temporary name, copy the rows, drop the old table, rename,
 * then run {@link #createIndexes()} and {@link #createTriggers()}. Creating the rendered table and
 * reflecting it again gives a {@code TableSchema} equal to the one rendered (apart from the name).
 *
 * <p><b>Constraint names.</b> SQLite keeps a constraint's name only in the {@code CREATE TABLE}
 * text. Reflection records {@code CONSTRAINT name} exactly where the DDL has one and leaves every
 * other constraint unnamed: it never invents a name, and the {@code sqlite_autoindex_*} indexes
 * SQLite makes for keys are not reported. Rendering writes {@code CONSTRAINT name} for named
 * constraints only, so unnamed ones stay unnamed through any number of rebuilds. Names keep their
 * case and are quoted only when they need it.
 *
 * <p><b>What is kept</b>: column order; types, defaults, check expressions and generated-column
 * expressions exactly as written; {@code NOT NULL}; {@code COLLATE}; the primary key (composite,
 * {@code AUTOINCREMENT}); unique and check constraints; foreign keys with their actions and
 * deferrability; {@code WITHOUT ROWID} and {@code STRICT}; indexes and triggers through their
 * original SQL. <b>What is not</b>: {@code ON CONFLICT} clauses, {@code ASC}/{@code DESC} and
 * {@code COLLATE} inside a primary-key or unique column list, {@code MATCH}, comments and layout of
 * the original DDL, and whether a constraint was written on its column or at table level (SQLite
 * treats both alike; single-column primary keys are written on the column, everything else at table
 * level). {@link #unkeptClauses} lists those of them that change what the table does, so that a
 * rebuild can refuse the table instead of quietly changing it.
 *
 * <p>Immutable and thread-safe.
 */
public final class SqliteTableDefinition {
    private final TableSchema table;

    private SqliteTableDefinition(TableSchema table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    /** The definition of {@code table}, typically one reflected from SQLite and then changed. */
    public static SqliteTableDefinition of(TableSchema table) {
        return new SqliteTableDefinition(table);
    }

    /**
     * The clauses of a {@code CREATE TABLE} statement that a {@link TableSchema} does not model, so
     * that rendering the reflected table would silently drop them: {@code ON CONFLICT} clauses,
     * {@code COLLATE} inside a primary-key or unique column list, and {@code INTEGER PRIMARY KEY
     * DESC} (which is not the rowid). Each is described in words, for example {@code ON CONFLICT
     * REPLACE on UNIQUE of column email}; the list is empty for every table Retort creates.
     *
     * @throws SchemaReflectionException if the statement cannot be parsed
     */
    public static List<String> unkeptClauses(String createTableSql) {
        try {
            return SqliteTableParser.parse(createTableSql).unkept();
        } catch (SqliteSyntaxException e) {
            throw new SchemaReflectionException("cannot parse the CREATE TABLE statement (" + e.getMessage()
                    + "); please report the statement to the Retort project");
        }
    }

    /** The table this definition renders. */
    public TableSchema table() {
        return table;
    }

    /** The {@code CREATE TABLE} statement under the table's own name. */
    public String createTable() {
        return createTable(table.name());
    }

    /** The {@code CREATE TABLE} statement under {@code tableName}, without a trailing semicolon. */
    public String createTable(String tableName) {
        Optional<PrimaryKey> inlineKey =
                table.primaryKey().filter(k -> k.columns().size() == 1);
        List<String> definitions = new ArrayList<>();
        for (ColumnSchema column : table.columns()) {
            definitions.add(
                    column(column, inlineKey.filter(k -> k.columns().get(0).equals(column.name()))));
        }
        table.primaryKey()
                .filter(k -> inlineKey.isEmpty())
                .ifPresent(k -> definitions.add(named(k.name()) + "PRIMARY KEY " + SqliteNames.quote(k.columns())));
        for (UniqueConstraint unique : table.uniqueConstraints()) {
            definitions.add(named(unique.name()) + "UNIQUE " + SqliteNames.quote(unique.columns()));
        }
        for (CheckConstraint check : table.checkConstraints()) {
            definitions.add(named(check.name()) + "CHECK (" + check.expression() + ")");
        }
        for (ForeignKey key : table.foreignKeys()) {
            definitions.add(foreignKey(key));
        }
        String options = table.options().isEmpty() ? "" : " " + String.join(", ", table.options());
        return "CREATE TABLE " + SqliteNames.quote(tableName) + " (\n    " + String.join(",\n    ", definitions) + "\n)"
                + options;
    }

    /**
     * The statements that create the table's indexes: each index's original SQL when it has one,
     * else one rendered from its column names (expression keys need the original SQL).
     */
    public List<String> createIndexes() {
        return table.indexes().stream()
                .map(index -> index.originalSql().orElseGet(() -> renderIndex(index)))
                .toList();
    }

    /** The statements that create the table's triggers, in order. */
    public List<String> createTriggers() {
        return table.triggers().stream().map(TriggerSchema::sql).toList();
    }

    private static String column(ColumnSchema column, Optional<PrimaryKey> key) {
        StringBuilder s = new StringBuilder(SqliteNames.quote(column.name()));
        if (!column.declaredType().isEmpty()) {
            s.append(' ').append(column.declaredType());
        }
        key.ifPresent(k -> {
            s.append(' ').append(named(k.name())).append("PRIMARY KEY");
            if (column.autoincrement()) {
                s.append(" AUTOINCREMENT");
            }
        });
        if (!column.nullable()) {
            s.append(" NOT NULL");
        }
        column.defaultExpression().ifPresent(d -> s.append(" DEFAULT ").append(SqliteDefaults.render(d)));
        column.collation().ifPresent(c -> s.append(" COLLATE ").append(SqliteNames.quote(c)));
        column.computed().ifPresent(c -> s.append(" GENERATED ALWAYS AS (")
                .append(c.expression())
                .append(c.stored() ? ") STORED" : ") VIRTUAL"));
        return s.toString();
    }

    private static String foreignKey(ForeignKey key) {
        StringBuilder s = new StringBuilder(named(key.name()));
        s.append("FOREIGN KEY ").append(SqliteNames.quote(key.columns()));
        s.append(" REFERENCES ").append(SqliteNames.quote(key.referencedTable()));
        if (!key.referencedColumns().isEmpty()) {
            s.append(' ').append(SqliteNames.quote(key.referencedColumns()));
        }
        if (key.onDelete() != ReferentialAction.NO_ACTION) {
            s.append(" ON DELETE ").append(key.onDelete().sql());
        }
        if (key.onUpdate() != ReferentialAction.NO_ACTION) {
            s.append(" ON UPDATE ").append(key.onUpdate().sql());
        }
        if (key.deferrable()) {
            s.append(key.initiallyDeferred() ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE");
        }
        return s.toString();
    }

    private String renderIndex(IndexSchema index) {
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + SqliteNames.quote(index.name()) + " ON "
                + SqliteNames.quote(table.name()) + " " + SqliteNames.quote(index.columns())
                + index.where().map(w -> " WHERE " + w).orElse("");
    }

    private static String named(Optional<String> name) {
        return name.map(n -> "CONSTRAINT " + SqliteNames.quote(n) + " ").orElse("");
    }
}
