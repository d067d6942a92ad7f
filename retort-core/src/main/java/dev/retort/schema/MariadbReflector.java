package dev.retort.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reflects MariaDB and MySQL tables of the current database from {@code information_schema}. The
 * two differ in small ways handled here: MySQL shows literal defaults unquoted and keeps check
 * constraints per schema, MariaDB quotes defaults and keeps checks per table.
 */
final class MariadbReflector extends CatalogReflector {
    private static final String TABLES =
            "SELECT TABLE_NAME, TABLE_COMMENT, TABLE_COLLATION FROM information_schema.TABLES"
                    + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'";

    private final boolean mysql;

    MariadbReflector(Connection connection, boolean mysql) {
        super(connection, mysql ? "MySQL" : "MariaDB");
        this.mysql = mysql;
    }

    private record Found(String name, Optional<String> comment, String collation) {}

    private record KeyColumn(
            String constraint,
            String type,
            String column,
            String referencedTable,
            String referencedColumn,
            String onUpdate,
            String onDelete) {}

    @Override
    List<String> readTableNames() throws SQLException {
        return query(TABLES + " ORDER BY TABLE_NAME", row -> row.getString(1));
    }

    @Override
    boolean readHasTable(String name) throws SQLException {
        return find(name).isPresent();
    }

    @Override
    List<String> readIndexNames(String table) throws SQLException {
        Optional<Found> found = find(table);
        if (found.isEmpty()) {
            return List.of();
        }
        return query(
                "SELECT DISTINCT INDEX_NAME FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()"
                        + " AND TABLE_NAME = ? AND NON_UNIQUE = 1 ORDER BY INDEX_NAME",
                row -> row.getString(1),
                found.get().name());
    }

    @Override
    Optional<TableSchema> readTable(String name) throws SQLException {
        Optional<Found> found = find(name);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String table = found.get().name();
        TableSchema.Builder builder = TableSchema.builder(table)
                .columns(columns(table, found.get().collation()))
                .checkConstraints(checks(table))
                .indexes(indexes(table))
                .triggers(triggers(table))
                .comment(found.get().comment().orElse(null));
        keys(table, builder);
        return Optional.of(builder.build());
    }

    /** The table of that name, preferring an exact match where names are case-insensitive. */
    private Optional<Found> find(String name) throws SQLException {
        return query(
                        TABLES + " AND TABLE_NAME = ? ORDER BY CAST(TABLE_NAME AS BINARY) = CAST(? AS BINARY) DESC",
                        row -> new Found(row.getString(1), text(row, 2), row.getString(3)),
                        name,
                        name)
                .stream()
                .findFirst();
    }

    private List<ColumnSchema> columns(String table, String tableCollation) throws SQLException {
        return query(
                "SELECT COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, COLUMN_COMMENT, COLLATION_NAME,"
                        + " GENERATION_EXPRESSION, DATA_TYPE FROM information_schema.COLUMNS"
                        + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION",
                row -> {
                    String extra = row.getString(5).toUpperCase(Locale.ROOT);
                    boolean generated = extra.contains("VIRTUAL GENERATED") || extra.contains("STORED GENERATED");
                    Optional<String> collation = text(row, 7).filter(c -> !c.equals(tableCollation));
                    return ColumnSchema.builder(row.getString(1), row.getString(2))
                            .nullable("YES".equals(row.getString(3)))
                            .defaultExpression(
                                    generated ? null : defaultExpression(row.getString(4), row.getString(9), extra))
                            .autoincrement(extra.contains("AUTO_INCREMENT"))
                            .comment(text(row, 6).orElse(null))
                            .collation(collation.orElse(null))
                            .computed(generated ? new Computed(row.getString(8), extra.contains("STORED")) : null)
                            .build();
                },
                table);
    }

    /**
     * MariaDB shows defaults as SQL ({@code 'x'}, {@code 1}, {@code current_timestamp()}, and
     * {@code NULL} for none); MySQL shows literals bare and flags expressions DEFAULT_GENERATED.
     */
    private String defaultExpression(String value, String dataType, String extra) {
        if (value == null || (!mysql && value.equals("NULL"))) {
            return null;
        }
        if (!mysql || extra.contains("DEFAULT_GENERATED") || value.equalsIgnoreCase("CURRENT_TIMESTAMP")) {
            return value;
        }
        boolean numeric = List.of(
                        "tinyint",
                        "smallint",
                        "mediumint",
                        "int",
                        "bigint",
                        "decimal",
                        "float",
                        "double",
                        "bit",
                        "year")
                .contains(dataType.toLowerCase(Locale.ROOT));
        return numeric ? value : "'" + value.replace("'", "''") + "'";
    }

    private List<CheckConstraint> checks(String table) throws SQLException {
        String sql = mysql
                ? "SELECT cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE FROM information_schema.TABLE_CONSTRAINTS tc"
                        + " JOIN information_schema.CHECK_CONSTRAINTS cc ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
                        + " AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
                        + " WHERE tc.TABLE_SCHEMA = DATABASE() AND tc.TABLE_NAME = ? AND tc.CONSTRAINT_TYPE = 'CHECK'"
                        + " ORDER BY cc.CONSTRAINT_NAME"
                : "SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS"
                        + " WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY CONSTRAINT_NAME";
        return query(sql, row -> CheckConstraint.named(row.getString(1), Parentheses.strip(row.getString(2))), table);
    }

    /** Adds the primary key (which MariaDB and MySQL never name), unique constraints and foreign keys. */
    private void keys(String table, TableSchema.Builder builder) throws SQLException {
        List<KeyColumn> rows = query(
                "SELECT tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME,"
                        + " k.REFERENCED_COLUMN_NAME, rc.UPDATE_RULE, rc.DELETE_RULE"
                        + " FROM information_schema.TABLE_CONSTRAINTS tc"
                        + " JOIN information_schema.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
                        + " AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME AND k.TABLE_NAME = tc.TABLE_NAME"
                        + " LEFT JOIN information_schema.REFERENTIAL_CONSTRAINTS rc"
                        + " ON rc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND rc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
                        + " AND rc.TABLE_NAME = tc.TABLE_NAME AND tc.CONSTRAINT_TYPE = 'FOREIGN KEY'"
                        + " WHERE tc.TABLE_SCHEMA = DATABASE() AND tc.TABLE_NAME = ?"
                        + " AND tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')"
                        + " ORDER BY tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, k.ORDINAL_POSITION",
                row -> new KeyColumn(
                        row.getString(1),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        row.getString(5),
                        row.getString(6),
                        row.getString(7)),
                table);
        // A unique key and a foreign key of one table may share a name.
        Map<String, List<KeyColumn>> byConstraint = new LinkedHashMap<>();
        rows.forEach(r -> byConstraint
                .computeIfAbsent(r.type() + " " + r.constraint(), k -> new ArrayList<>())
                .add(r));
        for (List<KeyColumn> key : byConstraint.values()) {
            KeyColumn first = key.get(0);
            List<String> columns = key.stream().map(KeyColumn::column).toList();
            switch (first.type()) {
                case "PRIMARY KEY" -> builder.primaryKey(new PrimaryKey(Optional.empty(), columns));
                case "UNIQUE" ->
                    builder.uniqueConstraint(new UniqueConstraint(Optional.of(first.constraint()), columns));
                default ->
                    builder.foreignKey(ForeignKey.builder(
                                    columns,
                                    first.referencedTable(),
                                    key.stream()
                                            .map(KeyColumn::referencedColumn)
                                            .toList())
                            .name(first.constraint())
                            .onDelete(ReferentialAction.parse(first.onDelete()))
                            .onUpdate(ReferentialAction.parse(first.onUpdate()))
                            .build());
            }
        }
    }

    /** Non-unique indexes: every unique index is also a unique constraint here, reported as such. */
    private List<IndexSchema> indexes(String table) throws SQLException {
        String key = mysql ? "coalesce(COLUMN_NAME, EXPRESSION)" : "COLUMN_NAME";
        List<String[]> rows = query(
                "SELECT INDEX_NAME, " + key + " FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()"
                        + " AND TABLE_NAME = ? AND NON_UNIQUE = 1 ORDER BY INDEX_NAME, SEQ_IN_INDEX",
                row -> new String[] {row.getString(1), row.getString(2)},
                table);
        Map<String, List<String>> byIndex = new LinkedHashMap<>();
        rows.forEach(r -> byIndex.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1]));
        List<IndexSchema> indexes = new ArrayList<>();
        byIndex.forEach((name, columns) ->
                indexes.add(IndexSchema.builder(name).columns(columns).build()));
        return indexes;
    }

    private List<TriggerSchema> triggers(String table) throws SQLException {
        return query(
                "SELECT TRIGGER_NAME, ACTION_TIMING, EVENT_MANIPULATION, ACTION_STATEMENT FROM information_schema.TRIGGERS"
                        + " WHERE EVENT_OBJECT_SCHEMA = DATABASE() AND EVENT_OBJECT_TABLE = ? ORDER BY TRIGGER_NAME",
                row -> new TriggerSchema(
                        row.getString(1),
                        "CREATE TRIGGER " + quote(row.getString(1)) + " " + row.getString(2) + " " + row.getString(3)
                                + " ON " + quote(table) + " FOR EACH ROW " + row.getString(4)),
                table);
    }

    private static String quote(String name) {
        return '`' + name.replace("`", "``") + '`';
    }
}
