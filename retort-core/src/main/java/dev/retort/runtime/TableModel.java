package dev.retort.runtime;

import dev.retort.dialect.Dialect;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.IndexElement;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ColumnSchema;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.IndexSchema;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.SqliteExpressions;
import dev.retort.schema.TableSchema;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A SQLite table as a batch reshapes it before the rebuild: columns that remember where their values
 * come from, and keys that point at those columns (so that renames carry over). What the live table
 * holds as SQL text (checks, indexes, triggers) stays text and is matched by the names it mentions.
 * {@link #build} gives the new {@link TableSchema}. Not thread-safe.
 */
final class TableModel {
    /** A primary key or unique constraint over model columns. */
    record Key(Optional<String> name, List<ModelColumn> columns) {}

    /** A foreign key of the table, its columns as model columns. */
    record Reference(ForeignKey key, List<ModelColumn> columns) {}

    /** A check; {@code live} when it comes from the table (its text then names live columns). */
    record Check(CheckConstraint check, boolean live) {}

    /** An index: one of the table's, or one the batch creates (elements are columns or SQL text). */
    record Index(String name, Optional<IndexSchema> live, Optional<CreateIndex> added, List<Object> elements) {}

    final TableSchema original;
    final List<ModelColumn> columns = new ArrayList<>();
    Optional<Key> primaryKey = Optional.empty();
    final List<Key> uniques = new ArrayList<>();
    final List<Reference> foreignKeys = new ArrayList<>();
    final List<Check> checks = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();

    private TableModel(TableSchema original) {
        this.original = original;
    }

    /**
     * The model of a live table; {@code origins} maps a live column name to the name the batch knows
     * it by (they differ for columns Retort renamed in place before the rebuild).
     */
    static TableModel of(TableSchema table, Map<String, String> origins) {
        TableModel model = new TableModel(table);
        for (ColumnSchema column : table.columns()) {
            String origin = origins.getOrDefault(column.name(), column.name());
            model.columns.add(new ModelColumn(origin, column, Optional.of(column.name())));
        }
        table.primaryKey().ifPresent(k -> model.primaryKey = Optional.of(new Key(k.name(), model.live(k.columns()))));
        table.uniqueConstraints().forEach(u -> model.uniques.add(new Key(u.name(), model.live(u.columns()))));
        table.foreignKeys().forEach(k -> model.foreignKeys.add(new Reference(k, model.live(k.columns()))));
        table.checkConstraints().forEach(c -> model.checks.add(new Check(c, true)));
        table.indexes()
                .forEach(i -> model.indexes.add(
                        new Index(i.name(), Optional.of(i), Optional.empty(), new ArrayList<>(i.columns()))));
        return model;
    }

    private List<ModelColumn> live(List<String> names) {
        List<ModelColumn> found = new ArrayList<>();
        for (String name : names) {
            columns.stream().filter(c -> c.from(name)).findFirst().ifPresent(found::add);
        }
        return found;
    }

    Optional<ModelColumn> column(String name) {
        return columns.stream().filter(c -> c.named(name)).findFirst();
    }

    Optional<ModelColumn> liveColumn(String liveName) {
        return columns.stream().filter(c -> c.from(liveName)).findFirst();
    }

    Optional<Index> index(String name) {
        return indexes.stream().filter(i -> i.name().equalsIgnoreCase(name)).findFirst();
    }

    /** Whether a check, index or generated column of the model mentions {@code column}. */
    static boolean mentions(String sql, ModelColumn column, boolean live) {
        if (live) {
            return column.source.isPresent() && SqliteExpressions.mentions(sql, column.source.get());
        }
        return SqliteExpressions.mentions(sql, column.name);
    }

    boolean involves(Index index, ModelColumn column) {
        boolean live = index.live().isPresent();
        boolean where = index.live()
                .flatMap(IndexSchema::where)
                .or(() -> index.added().flatMap(CreateIndex::where))
                .map(w -> mentions(w, column, live))
                .orElse(false);
        return where
                || index.elements().stream()
                        .anyMatch(e -> e == column || (e instanceof String && mentions((String) e, column, live)));
    }

    /** The sets of columns the new table keeps unique: its primary key, unique constraints and full unique indexes. */
    List<List<ModelColumn>> uniqueKeys() {
        List<List<ModelColumn>> keys = new ArrayList<>();
        primaryKey.ifPresent(k -> keys.add(k.columns()));
        uniques.forEach(u -> keys.add(u.columns()));
        for (Index index : indexes) {
            boolean unique = index.live()
                    .map(IndexSchema::unique)
                    .orElseGet(() -> index.added().get().unique());
            boolean partial = index.live()
                    .flatMap(IndexSchema::where)
                    .or(() -> index.added().flatMap(CreateIndex::where))
                    .isPresent();
            List<ModelColumn> key = new ArrayList<>();
            for (Object element : index.elements()) {
                if (element instanceof ModelColumn) {
                    key.add((ModelColumn) element);
                } else if (index.live().isPresent()) {
                    liveColumn((String) element).ifPresent(key::add);
                }
            }
            if (unique && !partial && key.size() == index.elements().size()) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** Whether the column is the table's rowid: a lone {@code INTEGER} primary key of a rowid table. */
    boolean isRowid(ModelColumn column) {
        return primaryKey
                        .map(k -> k.columns().size() == 1 && k.columns().get(0) == column)
                        .orElse(false)
                && column.definition.declaredType().equalsIgnoreCase("INTEGER")
                && !original.options().contains("WITHOUT ROWID");
    }

    /** The new table, with the names each column has at the end of the batch. */
    TableSchema build(Dialect dialect) {
        List<ColumnSchema> rendered = new ArrayList<>();
        for (ModelColumn column : columns) {
            ColumnSchema definition = column.render();
            if (definition.autoincrement() && !isRowid(column)) {
                definition = definition.toBuilder().autoincrement(false).build();
            }
            rendered.add(definition);
        }
        return original.toBuilder()
                .columns(rendered)
                .primaryKey(primaryKey
                        .map(k -> new PrimaryKey(k.name(), names(k.columns())))
                        .orElse(null))
                .uniqueConstraints(uniques.stream()
                        .map(u -> new UniqueConstraint(u.name(), names(u.columns())))
                        .toList())
                .foreignKeys(foreignKeys.stream().map(TableModel::render).toList())
                .checkConstraints(checks.stream().map(Check::check).toList())
                .indexes(indexes.stream().map(i -> render(i, dialect)).toList())
                .build();
    }

    /** How each column of the new table that has a source is filled. */
    List<CopyColumn> copies() {
        return columns.stream()
                .filter(c -> c.source.isPresent() && c.definition.computed().isEmpty())
                .map(c -> new CopyColumn(c.name, c.source.get(), c.conversion, c.rejectNulls))
                .toList();
    }

    /** New columns that are NOT NULL without a default: rows already in the table have no value for them. */
    List<String> valuelessColumns() {
        return columns.stream()
                .filter(c -> c.source.isEmpty() && !c.definition.nullable())
                .filter(c -> c.definition.defaultExpression().isEmpty()
                        && c.definition.computed().isEmpty())
                .filter(c -> !isRowid(c))
                .map(c -> c.name)
                .toList();
    }

    static List<String> names(List<ModelColumn> columns) {
        return columns.stream().map(c -> c.name).toList();
    }

    private static ForeignKey render(Reference reference) {
        ForeignKey k = reference.key();
        return new ForeignKey(
                k.name(),
                names(reference.columns()),
                k.referencedTable(),
                k.referencedColumns(),
                k.onDelete(),
                k.onUpdate(),
                k.deferrable(),
                k.initiallyDeferred());
    }

    private IndexSchema render(Index index, Dialect dialect) {
        if (index.live().isPresent()) {
            return index.live().get();
        }
        CreateIndex added = index.added().get();
        List<IndexElement> elements = new ArrayList<>();
        for (Object element : index.elements()) {
            elements.add(
                    element instanceof ModelColumn
                            ? IndexElement.column(((ModelColumn) element).name)
                            : IndexElement.expression((String) element));
        }
        CreateIndex create =
                new CreateIndex(added.name(), original.name(), elements, added.unique(), added.where(), false);
        return new IndexSchema(
                added.name(),
                added.unique(),
                elements.stream().map(IndexElement::text).toList(),
                added.where(),
                Optional.of(dialect.render(create).get(0)));
    }
}
