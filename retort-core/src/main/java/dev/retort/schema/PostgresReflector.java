package dev.retort.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reflects PostgreSQL tables of {@code current_schema()} from {@code pg_catalog}: types through
 * {@code format_type}, defaults, checks and index predicates through {@code pg_get_expr}, indexes
 * and triggers through {@code pg_get_indexdef} and {@code pg_get_triggerdef}, comments from
 * {@code pg_description}.
 */
final class PostgresReflector extends CatalogReflector {
    private static final String TABLE = "SELECT c.oid, obj_description(c.oid, 'pg_class') FROM pg_catalog.pg_class c"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition";
    private static final String STANDALONE_INDEX = " NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con"
            + " WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x'))";

    PostgresReflector(Connection connection) {
        super(connection, "PostgreSQL");
    }

    private record Found(long oid, Optional<String> comment) {}

    private record KeyColumn(
            String constraint,
            String type,
            String column,
            String referencedTable,
            String referencedColumn,
            String onUpdate,
            String onDelete,
            boolean deferrable,
            boolean initiallyDeferred) {}

    @Override
    List<String> readTableNames() throws SQLException {
        return query(
                TABLE.replace("c.oid, obj_description(c.oid, 'pg_class')", "c.relname") + " ORDER BY c.relname",
                row -> row.getString(1));
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
                "SELECT ic.relname FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid"
                        + " WHERE i.indrelid = ?::oid AND" + STANDALONE_INDEX + " ORDER BY ic.relname",
                row -> row.getString(1),
                found.get().oid());
    }

    @Override
    Optional<TableSchema> readTable(String name) throws SQLException {
        Optional<Found> found = find(name);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        long oid = found.get().oid();
        TableSchema.Builder table = TableSchema.builder(name)
                .columns(columns(oid))
                .checkConstraints(query(
                        "SELECT conname, pg_get_expr(conbin, conrelid, true) FROM pg_catalog.pg_constraint"
                                + " WHERE conrelid = ?::oid AND contype = 'c' ORDER BY conname",
                        row -> CheckConstraint.named(row.getString(1), row.getString(2)),
                        oid))
                .indexes(indexes(oid))
                .triggers(query(
                        "SELECT tgname, pg_get_triggerdef(oid) FROM pg_catalog.pg_trigger"
                                + " WHERE tgrelid = ?::oid AND NOT tgisinternal ORDER BY tgname",
                        row -> new TriggerSchema(row.getString(1), row.getString(2)),
                        oid))
                .comment(found.get().comment().orElse(null));
        keys(oid, table);
        return Optional.of(table.build());
    }

    private Optional<Found> find(String name) throws SQLException {
        return query(TABLE + " AND c.relname = ?", row -> new Found(row.getLong(1), text(row, 2)), name).stream()
                .findFirst();
    }

    private List<ColumnSchema> columns(long oid) throws SQLException {
        return query(
                "SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid, true),"
                        + " a.attidentity, a.attgenerated, col_description(a.attrelid, a.attnum),"
                        + " CASE WHEN a.attcollation <> t.typcollation THEN co.collname END"
                        + " FROM pg_catalog.pg_attribute a"
                        + " JOIN pg_catalog.pg_type t ON t.oid = a.atttypid"
                        + " LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
                        + " LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation"
                        + " WHERE a.attrelid = ?::oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum",
                row -> {
                    Optional<String> expression = text(row, 4);
                    boolean identity = text(row, 5).isPresent();
                    boolean generated = text(row, 6).isPresent();
                    return ColumnSchema.builder(row.getString(1), row.getString(2))
                            .nullable(!row.getBoolean(3))
                            .defaultExpression(generated ? null : expression.orElse(null))
                            .autoincrement(identity
                                    || expression
                                            .filter(e -> e.startsWith("nextval("))
                                            .isPresent())
                            .comment(text(row, 7).orElse(null))
                            .collation(text(row, 8).orElse(null))
                            .computed(
                                    generated ? new Computed(Parentheses.strip(expression.orElseThrow()), true) : null)
                            .build();
                },
                oid);
    }

    /** Adds the primary key, unique constraints and foreign keys, read column by column. */
    private void keys(long oid, TableSchema.Builder table) throws SQLException {
        List<KeyColumn> rows = query(
                "SELECT con.conname, con.contype, a.attname, fc.relname, fa.attname, con.confupdtype, con.confdeltype,"
                        + " con.condeferrable, con.condeferred"
                        + " FROM pg_catalog.pg_constraint con"
                        + " CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(attnum, fattnum, ord)"
                        + " JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum"
                        + " LEFT JOIN pg_catalog.pg_attribute fa ON fa.attrelid = con.confrelid AND fa.attnum = k.fattnum"
                        + " LEFT JOIN pg_catalog.pg_class fc ON fc.oid = con.confrelid"
                        + " WHERE con.conrelid = ?::oid AND con.contype IN ('p', 'u', 'f') ORDER BY con.conname, k.ord",
                row -> new KeyColumn(
                        row.getString(1),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        row.getString(5),
                        row.getString(6),
                        row.getString(7),
                        row.getBoolean(8),
                        row.getBoolean(9)),
                oid);
        Map<String, List<KeyColumn>> byConstraint = new LinkedHashMap<>();
        rows.forEach(r -> byConstraint
                .computeIfAbsent(r.constraint(), k -> new ArrayList<>())
                .add(r));
        for (List<KeyColumn> key : byConstraint.values()) {
            KeyColumn first = key.get(0);
            Optional<String> name = Optional.of(first.constraint());
            List<String> columns = key.stream().map(KeyColumn::column).toList();
            switch (first.type()) {
                case "p" -> table.primaryKey(new PrimaryKey(name, columns));
                case "u" -> table.uniqueConstraint(new UniqueConstraint(name, columns));
                default -> table.foreignKey(foreignKey(first, columns, key));
            }
        }
    }

    private static ForeignKey foreignKey(KeyColumn first, List<String> columns, List<KeyColumn> key) {
        ForeignKey.Builder builder = ForeignKey.builder(
                        columns,
                        first.referencedTable(),
                        key.stream().map(KeyColumn::referencedColumn).toList())
                .name(first.constraint())
                .onDelete(action(first.onDelete()))
                .onUpdate(action(first.onUpdate()));
        if (first.initiallyDeferred()) {
            builder.initiallyDeferred();
        } else if (first.deferrable()) {
            builder.deferrable();
        }
        return builder.build();
    }

    private static ReferentialAction action(String code) {
        return switch (code) {
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            case "r" -> ReferentialAction.RESTRICT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    private List<IndexSchema> indexes(long oid) throws SQLException {
        record IndexKey(String name, boolean unique, String sql, String where, String key) {}
        List<IndexKey> rows = query(
                "SELECT ic.relname, i.indisunique, pg_get_indexdef(i.indexrelid), pg_get_expr(i.indpred, i.indrelid, true),"
                        + " coalesce(a.attname, pg_get_indexdef(i.indexrelid, k.ord::int, true))"
                        + " FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid"
                        + " CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)"
                        + " LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum"
                        + " AND k.attnum > 0"
                        + " WHERE i.indrelid = ?::oid AND k.ord <= i.indnkeyatts AND" + STANDALONE_INDEX
                        + " ORDER BY ic.relname, k.ord",
                row -> new IndexKey(
                        row.getString(1), row.getBoolean(2), row.getString(3), row.getString(4), row.getString(5)),
                oid);
        Map<String, List<IndexKey>> byIndex = new LinkedHashMap<>();
        rows.forEach(
                r -> byIndex.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r));
        return byIndex.values().stream()
                .map(keys -> {
                    IndexKey first = keys.get(0);
                    return new IndexSchema(
                            first.name(),
                            first.unique(),
                            keys.stream().map(IndexKey::key).toList(),
                            Optional.ofNullable(first.where()),
                            Optional.of(first.sql()));
                })
                .toList();
    }
}
