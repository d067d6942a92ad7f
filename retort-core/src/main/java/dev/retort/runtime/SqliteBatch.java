package dev.retort.runtime;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.OperationNotSupportedException;
import dev.retort.ops.AddColumn;
import dev.retort.ops.DropColumn;
import dev.retort.ops.Operation;
import dev.retort.ops.Recreate;
import dev.retort.ops.ServerDefault;
import dev.retort.schema.SchemaReflector;
import dev.retort.schema.TableSchema;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs one {@code batchAlterTable} on SQLite: in place when SQLite can make every change and the
 * {@link Recreate} choice allows, else by a {@link SqliteTableRebuild}. Everything that would refuse
 * the batch is checked before anything runs. Offline there is no table to reflect, so a batch that
 * needs a rebuild is refused. Not thread-safe.
 */
final class SqliteBatch {
    private final Dialect dialect;
    private final SqlSink sink;
    private final String table;
    private final Recreate recreate;
    private final String subject;

    SqliteBatch(Dialect dialect, SqlSink sink, String table, Recreate recreate) {
        this.dialect = dialect;
        this.sink = sink;
        this.table = table;
        this.recreate = recreate;
        this.subject = "op.batchAlterTable(\"" + table + "\""
                + (recreate == Recreate.AUTO ? "" : ", Recreate." + recreate) + ")";
    }

    /** Runs {@code operations}, those in place through {@code inPlace}. */
    void run(List<Operation> operations, Consumer<Operation> inPlace) {
        Optional<TableSchema> live = sink.offline()
                ? Optional.empty()
                : Optional.of(SchemaReflector.forConnection(sink.connection())
                        .table(table)
                        .orElseThrow(() -> new TableRebuildException(
                                subject + ": there is no table " + table + " in the SQLite database; check the name")));
        List<ReferencingKey> referencing = live.isEmpty()
                ? List.of()
                : SqliteForeignKeys.referencing(
                        new SqliteSession(sink, subject), live.get().name());
        Optional<Operation> needing = operations.stream()
                .filter(op -> dialect.requiresTableRebuild(op)
                        || addsExpressionDefault(op)
                        || live.map(t -> dropsKeyColumn(t, referencing, op)).orElse(false))
                .findFirst();
        if (recreate == Recreate.NEVER && needing.isPresent()) {
            throw new OperationNotSupportedException(subject + ": SQLite needs a table rebuild for "
                    + TableBatch.describe(needing.get()) + "; allow it with Recreate.AUTO");
        }
        if (recreate != Recreate.ALWAYS && needing.isEmpty()) {
            operations.forEach(inPlace);
            return;
        }
        if (live.isEmpty()) {
            String why =
                    needing.map(op -> " (for " + TableBatch.describe(op) + ")").orElse("");
            throw new OfflineException(subject + " on SQLite needs the live table to rebuild it" + why
                    + "; it cannot run in --sql mode, so run this revision against the database");
        }
        new SqliteTableRebuild(dialect, sink, subject).run(live.get(), operations);
    }

    /**
     * SQLite's ADD COLUMN refuses a default that is an expression ({@code CURRENT_TIMESTAMP}, anything
     * in parentheses); like Alembic, Retort rebuilds for any {@link ServerDefault#expression}.
     */
    private static boolean addsExpressionDefault(Operation op) {
        return op instanceof AddColumn
                && ((AddColumn) op)
                        .column()
                        .serverDefault()
                        .filter(d -> d instanceof ServerDefault.Expression)
                        .isPresent();
    }

    /**
     * SQLite's own DROP COLUMN refuses a column that a key, check, index or generated column uses;
     * one another table's foreign key references must go through the rebuild, which refuses it.
     */
    private static boolean dropsKeyColumn(TableSchema table, List<ReferencingKey> referencing, Operation op) {
        if (!(op instanceof DropColumn)) {
            return false;
        }
        String dropped = ((DropColumn) op).column();
        boolean referenced = referencing.stream()
                .filter(k -> !k.table().equalsIgnoreCase(table.name()))
                .anyMatch(k -> k.referencedColumns().stream().anyMatch(dropped::equalsIgnoreCase));
        if (referenced) {
            return true;
        }
        TableModel model = TableModel.of(table, Map.of());
        Optional<ModelColumn> column = model.column(((DropColumn) op).column());
        if (column.isEmpty()) {
            return false; // SQLite reports the missing column itself
        }
        ModelColumn c = column.get();
        return model.primaryKey.filter(k -> k.columns().contains(c)).isPresent()
                || model.uniques.stream().anyMatch(u -> u.columns().contains(c))
                || model.foreignKeys.stream().anyMatch(k -> k.columns().contains(c))
                || model.checks.stream()
                        .anyMatch(k -> TableModel.mentions(k.check().expression(), c, true))
                || model.indexes.stream().anyMatch(i -> model.involves(i, c))
                || model.columns.stream().anyMatch(other -> other.definition
                        .computed()
                        .map(g -> TableModel.mentions(g.expression(), c, true))
                        .orElse(false));
    }
}
