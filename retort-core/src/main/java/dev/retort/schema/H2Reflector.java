package dev.retort.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reflects H2 tables of the current schema from {@code INFORMATION_SCHEMA}. Names that H2 upper-cased
 * are reported in lower case (see {@link H2Names}); expressions (defaults, checks) are H2's own
 * rendering and keep its quoted upper-case names.
 */
final class H2Reflector extends CatalogReflector {
    private static final String TABLES = "SELECT TABLE_NAME, REMARKS FROM INFORMATION_SCHEMA.TABLES"
            + " WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_TYPE = 'BASE TABLE'";

    H2Reflector(Connection connection) {
        super(connection, "H2");
    }

    private record Found(String name, Optional<String> comment) {}

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
        return query(TABLES, row -> H2Names.normalize(row.getString(1))).stream()
                .sorted()
                .toList();
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
                        "SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_SCHEMA = CURRENT_SCHEMA"
                                + " AND TABLE_NAME = ? AND NOT IS_GENERATED",
                        row -> H2Names.normalize(row.getString(1)),
                        found.get().name())
                .stream()
                .sorted()
                .toList();
    }

    @Override
    Optional<TableSchema> readTable(String name) throws SQLException {
        Optional<Found> found = find(name);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String table = found.get().name();
        TableSchema.Builder builder = TableSchema.builder(H2Names.normalize(table))
                .columns(columns(table))
                .checkConstraints(checks(table))
                .indexes(indexes(table))
                .triggers(triggers(table))
                .comment(found.get().comment().orElse(null));
        keys(table, builder);
        return Optional.of(builder.build());
    }

    private Optional<Found> find(String name) throws SQLException {
        for (String candidate : List.of(name, H2Names.denormalize(name))) {
            List<Found> found =
                    query(TABLES + " AND TABLE_NAME = ?", row -> new Found(row.getString(1), text(row, 2)), candidate);
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
            }
        }
        return Optional.empty();
    }

    private List<ColumnSchema> columns(String table) throws SQLException {
        return query(
                "SELECT COLUMN_NAME, IS_NULLABLE, COLUMN_DEFAULT, IS_IDENTITY, IS_GENERATED, GENERATION_EXPRESSION,"
                        + " REMARKS, " + H2Types.COLUMNS + " FROM INFORMATION_SCHEMA.COLUMNS"
                        + " WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION",
                row -> {
                    boolean generated = "ALWAYS".equals(row.getString(5));
                    return ColumnSchema.builder(H2Names.normalize(row.getString(1)), H2Types.declaredType(row, 8))
                            .nullable("YES".equals(row.getString(2)))
                            .defaultExpression(text(row, 3).orElse(null))
                            .autoincrement("YES".equals(row.getString(4)))
                            .comment(text(row, 7).orElse(null))
                            // H2 computes a generated column on write and stores the value.
                            .computed(generated ? new Computed(row.getString(6), true) : null)
                            .build();
                },
                table);
    }

    /** Check constraints, by reported name (normalizing may change the order). */
    private List<CheckConstraint> checks(String table) throws SQLException {
        return query(
                        "SELECT tc.CONSTRAINT_NAME, cc.CHECK_CLAUSE FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc"
                                + " JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc ON cc.CONSTRAINT_SCHEMA ="
                                + " tc.CONSTRAINT_SCHEMA AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
                                + " WHERE tc.TABLE_SCHEMA = CURRENT_SCHEMA AND tc.TABLE_NAME = ?"
                                + " AND tc.CONSTRAINT_TYPE = 'CHECK'",
                        row -> CheckConstraint.named(H2Names.normalize(row.getString(1)), row.getString(2)),
                        table)
                .stream()
                .sorted(Comparator.comparing(c -> c.name().orElseThrow()))
                .toList();
    }

    /** Adds the primary key, unique constraints and foreign keys, read column by column. */
    private void keys(String table, TableSchema.Builder builder) throws SQLException {
        List<KeyColumn> rows = query(
                "SELECT tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, k.COLUMN_NAME, rk.TABLE_NAME, rk.COLUMN_NAME,"
                        + " rc.UPDATE_RULE, rc.DELETE_RULE"
                        + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc"
                        + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k"
                        + " ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
                        + " LEFT JOIN INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc"
                        + " ON rc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND rc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
                        + " LEFT JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE rk"
                        + " ON rk.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA"
                        + " AND rk.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME"
                        + " AND rk.ORDINAL_POSITION = k.POSITION_IN_UNIQUE_CONSTRAINT"
                        + " WHERE tc.TABLE_SCHEMA = CURRENT_SCHEMA AND tc.TABLE_NAME = ?"
                        + " AND tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')"
                        + " ORDER BY tc.CONSTRAINT_NAME, k.ORDINAL_POSITION",
                row -> new KeyColumn(
                        H2Names.normalize(row.getString(1)),
                        row.getString(2),
                        H2Names.normalize(row.getString(3)),
                        H2Names.normalize(row.getString(4)),
                        H2Names.normalize(row.getString(5)),
                        row.getString(6),
                        row.getString(7)),
                table);
        Map<String, List<KeyColumn>> byConstraint = new LinkedHashMap<>();
        rows.stream()
                .sorted(Comparator.comparing(KeyColumn::constraint)) // stable: keeps column order
                .forEach(r -> byConstraint
                        .computeIfAbsent(r.constraint(), k -> new ArrayList<>())
                        .add(r));
        for (List<KeyColumn> key : byConstraint.values()) {
            KeyColumn first = key.get(0);
            Optional<String> name = Optional.of(first.constraint());
            List<String> columns = key.stream().map(KeyColumn::column).toList();
            switch (first.type()) {
                case "PRIMARY KEY" -> builder.primaryKey(new PrimaryKey(name, columns));
                case "UNIQUE" -> builder.uniqueConstraint(new UniqueConstraint(name, columns));
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

    /** Indexes the user created; those H2 made for a constraint are marked IS_GENERATED. */
    private List<IndexSchema> indexes(String table) throws SQLException {
        List<String[]> rows = query(
                "SELECT i.INDEX_NAME, i.INDEX_TYPE_NAME, c.COLUMN_NAME FROM INFORMATION_SCHEMA.INDEXES i"
                        + " JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c ON c.INDEX_SCHEMA = i.INDEX_SCHEMA"
                        + " AND c.INDEX_NAME = i.INDEX_NAME AND c.TABLE_NAME = i.TABLE_NAME"
                        + " WHERE i.TABLE_SCHEMA = CURRENT_SCHEMA AND i.TABLE_NAME = ? AND NOT i.IS_GENERATED"
                        + " ORDER BY i.INDEX_NAME, c.ORDINAL_POSITION",
                row -> new String[] {
                    H2Names.normalize(row.getString(1)), row.getString(2), H2Names.normalize(row.getString(3))
                },
                table);
        Map<String, IndexSchema.Builder> byIndex = new LinkedHashMap<>();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        rows.stream().sorted(Comparator.comparing((String[] r) -> r[0])).forEach(r -> {
            IndexSchema.Builder index = byIndex.computeIfAbsent(r[0], IndexSchema::builder);
            if (r[1].startsWith("UNIQUE")) {
                index.unique();
            }
            columns.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[2]);
        });
        return byIndex.entrySet().stream()
                .map(e -> e.getValue().columns(columns.get(e.getKey())).build())
                .toList();
    }

    /** H2 triggers are Java classes; the statement is rebuilt from the catalog, one row per event. */
    private List<TriggerSchema> triggers(String table) throws SQLException {
        List<String[]> rows = query(
                "SELECT TRIGGER_NAME, ACTION_TIMING, EVENT_MANIPULATION, ACTION_ORIENTATION, JAVA_CLASS"
                        + " FROM INFORMATION_SCHEMA.TRIGGERS WHERE EVENT_OBJECT_SCHEMA = CURRENT_SCHEMA"
                        + " AND EVENT_OBJECT_TABLE = ? ORDER BY TRIGGER_NAME",
                row -> new String[] {
                    row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5)
                },
                table);
        Map<String, List<String[]>> byTrigger = new LinkedHashMap<>();
        rows.forEach(
                r -> byTrigger.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r));
        List<TriggerSchema> triggers = new ArrayList<>();
        byTrigger.forEach((name, events) -> {
            String[] first = events.get(0);
            String sql = "CREATE TRIGGER " + quote(name) + " " + first[1] + " "
                    + String.join(", ", events.stream().map(e -> e[2]).toList())
                    + " ON " + quote(table) + ("ROW".equals(first[3]) ? " FOR EACH ROW" : "")
                    + " CALL '" + first[4].replace("'", "''") + "'";
            triggers.add(new TriggerSchema(H2Names.normalize(name), sql));
        });
        triggers.sort(Comparator.comparing(TriggerSchema::name));
        return triggers;
    }

    private static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
