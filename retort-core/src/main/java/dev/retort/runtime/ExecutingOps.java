package dev.retort.runtime;

import dev.retort.IrreversibleMigrationException;
import dev.retort.Migration;
import dev.retort.data.Backfill;
import dev.retort.data.BackfillResult;
import dev.retort.data.Backfills;
import dev.retort.data.Condition;
import dev.retort.data.DataSession;
import dev.retort.data.Queries;
import dev.retort.data.Table;
import dev.retort.data.Validation;
import dev.retort.dialect.Dialect;
import dev.retort.graph.Direction;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.BatchOps;
import dev.retort.ops.BulkInsert;
import dev.retort.ops.CheckConstraint;
import dev.retort.ops.Column;
import dev.retort.ops.ConstraintType;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateTable;
import dev.retort.ops.CreateTableComment;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropTable;
import dev.retort.ops.DropTableComment;
import dev.retort.ops.Execute;
import dev.retort.ops.ForeignKey;
import dev.retort.ops.Operation;
import dev.retort.ops.Ops;
import dev.retort.ops.PrimaryKey;
import dev.retort.ops.Recreate;
import dev.retort.ops.RenameTable;
import dev.retort.ops.SqlType;
import dev.retort.ops.UniqueConstraint;
import dev.retort.script.ScriptKind;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Ops} that migrations receive: each method builds its {@link Operation}, the dialect
 * renders it, and the statements go to the {@link SqlSink} (run, or written offline). Statements
 * that cannot run in a transaction ({@code CREATE INDEX CONCURRENTLY}) go through {@link
 * SqlSink#autocommit}. Not thread-safe.
 */
public final class ExecutingOps implements Ops {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutingOps.class);
    private static final String SQLITE = "sqlite";

    private final Dialect dialect;
    private final SqlSink sink;
    private final Map<String, String> arguments;
    private final DataSession data;
    private final ResumeJournal journal;
    private final Validation validation;
    private boolean issued;

    /**
     * Creates the operations of one migration run.
     *
     * @param dialect the database's dialect
     * @param sink where the statements go
     * @param arguments the {@code -x} arguments, in the order given
     */
    public ExecutingOps(Dialect dialect, SqlSink sink, Map<String, String> arguments) {
        this(dialect, sink, arguments, ResumeJournal.none(MigrationListener.NONE));
    }

    /** The operations of one step of the migrator, whose journal keeps backfill checkpoints. */
    ExecutingOps(Dialect dialect, SqlSink sink, Map<String, String> arguments, ResumeJournal journal) {
        this.dialect = dialect;
        this.sink = sink;
        this.arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
        this.journal = journal;
        this.data = new SinkDataSession(dialect, sink, journal, () -> issued = true);
        this.validation = new Validation(data);
    }

    /**
     * Runs one step's body through these operations: the migration's {@code upgrade} or {@code
     * downgrade}, then the checks that wait for its end ({@link #expectUnchangedRowCount}). A Java
     * downgrade that issued no operation (statement, data change, use of the connection) and did
     * not declare {@link #noop} fails: an empty body written by accident. The runtime calls it
     * before the version table is updated.
     */
    void run(Migration migration, Direction direction, ScriptKind kind) {
        if (direction == Direction.UPGRADE) {
            migration.upgrade(this);
        } else {
            migration.downgrade(this);
            if (kind == ScriptKind.JAVA && !issued) {
                throw new EmptyDowngradeException();
            }
        }
        validation.complete();
    }

    @Override
    public void invoke(Operation operation) {
        issued = true;
        if (operation instanceof Execute) {
            Execute execute = (Execute) operation;
            if (execute.params().isEmpty()) {
                sink.execute(execute.sql());
            } else {
                sink.execute(execute.sql(), execute.params());
            }
            return;
        }
        if (operation instanceof BulkInsert) {
            BulkInsert insert = (BulkInsert) operation;
            for (Map<String, Object> row : insert.rows()) {
                sink.execute(
                        dialect.insert(insert.table(), new ArrayList<>(row.keySet())), new ArrayList<>(row.values()));
            }
            return;
        }
        Operation resolved = sink.offline() ? operation : dialect.resolve(operation, sink.connection());
        List<String> statements = dialect.render(resolved);
        if (dialect.requiresAutocommit(resolved)) {
            sink.autocommit(() -> statements.forEach(sink::execute));
        } else {
            statements.forEach(sink::execute);
        }
    }

    @Override
    public void batchAlterTable(String table, Recreate recreate, Consumer<BatchOps> operations) {
        issued = true;
        TableBatch batch = new TableBatch(table);
        operations.accept(batch);
        if (SQLITE.equals(dialect.name())) {
            new SqliteBatch(dialect, sink, table, recreate).run(batch.operations(), this::invoke);
            return;
        }
        if (recreate == Recreate.ALWAYS) {
            LOG.debug("{} alters tables in place; Recreate.ALWAYS has nothing to do", dialect.displayName());
        }
        batch.operations().forEach(this::invoke);
    }

    @Override
    public void createTable(String name, Consumer<CreateTable.Builder> definition) {
        CreateTable.Builder builder = CreateTable.builder(name);
        definition.accept(builder);
        invoke(builder.build());
    }

    @Override
    public void dropTable(String name) {
        invoke(DropTable.of(name));
    }

    @Override
    public void renameTable(String table, String newName) {
        invoke(new RenameTable(table, newName));
    }

    @Override
    public void createTableComment(String table, String comment) {
        invoke(new CreateTableComment(table, comment, Optional.empty()));
    }

    @Override
    public void dropTableComment(String table) {
        invoke(new DropTableComment(table, Optional.empty()));
    }

    @Override
    public void addColumn(String table, Column column) {
        invoke(new AddColumn(table, column));
    }

    @Override
    public void addColumn(String table, String column, SqlType type) {
        addColumn(table, Column.of(column, type));
    }

    @Override
    public void dropColumn(String table, String column) {
        invoke(DropColumn.of(table, column));
    }

    @Override
    public void dropColumn(String table, Column definition) {
        invoke(new DropColumn(table, definition.name(), Optional.of(definition)));
    }

    @Override
    public void alterColumn(String table, String column, Consumer<AlterColumn.Builder> changes) {
        invoke(TableBatch.alterColumn(table, column, changes));
    }

    @Override
    public void createIndex(String name, String table, String... columns) {
        invoke(CreateIndex.builder(name, table).columns(columns).build());
    }

    @Override
    public void createIndex(String name, String table, Consumer<CreateIndex.Builder> definition) {
        invoke(TableBatch.createIndex(name, table, definition));
    }

    @Override
    public void dropIndex(String name) {
        invoke(DropIndex.builder(name).build());
    }

    @Override
    public void dropIndex(String name, String table) {
        invoke(DropIndex.builder(name).table(table).build());
    }

    @Override
    public void dropIndex(String name, String table, Consumer<DropIndex.Builder> options) {
        DropIndex.Builder builder = DropIndex.builder(name).table(table);
        options.accept(builder);
        invoke(builder.build());
    }

    @Override
    public void createPrimaryKey(String name, String table, String... columns) {
        invoke(new AddConstraint(table, PrimaryKey.of(columns).named(name)));
    }

    @Override
    public void createUniqueConstraint(String name, String table, String... columns) {
        invoke(new AddConstraint(table, UniqueConstraint.of(columns).named(name)));
    }

    @Override
    public void createForeignKey(String name, String table, Consumer<ForeignKey.Builder> definition) {
        invoke(TableBatch.foreignKey(name, table, definition));
    }

    @Override
    public void createCheckConstraint(String name, String table, String condition) {
        invoke(new AddConstraint(table, CheckConstraint.of(condition).named(name)));
    }

    @Override
    public void dropConstraint(String name, String table) {
        invoke(new DropConstraint(name, table, Optional.empty(), Optional.empty()));
    }

    @Override
    public void dropConstraint(String name, String table, ConstraintType type) {
        invoke(new DropConstraint(name, table, Optional.of(type), Optional.empty()));
    }

    @Override
    public void bulkInsert(String table, List<? extends Map<String, ?>> rows) {
        List<Map<String, Object>> copy = new ArrayList<>(rows.size());
        rows.forEach(row -> copy.add(new LinkedHashMap<>(row)));
        invoke(new BulkInsert(table, copy));
    }

    @Override
    public void execute(String sql) {
        invoke(new Execute(sql, List.of()));
    }

    @Override
    public void execute(String sql, Object... params) {
        // execute(sql, null) passes a null array: that is one NULL parameter.
        invoke(new Execute(sql, params == null ? Collections.singletonList(null) : Arrays.asList(params)));
    }

    @Override
    public Table table(String name, String... columns) {
        return Table.of(data, name, columns);
    }

    @Override
    public <T> T scalar(Class<T> type, String sql, Object... params) {
        return Queries.scalar(data, sql, type, params);
    }

    @Override
    public List<Map<String, Object>> queryForList(String sql, Object... params) {
        return Queries.list(data, sql, params);
    }

    @Override
    public BackfillResult backfill(String table, Consumer<Backfill> definition) {
        issued = true;
        Backfill backfill = Backfill.of(table, definition);
        if (sink.offline()) {
            return Backfills.writeOffline(data, backfill);
        }
        ResumeJournal.Start start = journal.startBackfill(table);
        if (start.skip()) {
            LOG.info("backfill of {} completed in the interrupted run; skipped", table);
            return BackfillResult.none();
        }
        BackfillResult[] result = new BackfillResult[1];
        // the statements before the backfill commit with its checkpoint; each batch then commits on its own
        sink.autocommit(() -> result[0] = Backfills.run(data, backfill, start.journal()));
        journal.rows(result[0].rows());
        return result[0];
    }

    @Override
    public void requireNone(String table, String condition, String description) {
        validation.requireNone(table, Condition.sql(condition), description);
    }

    @Override
    public void requireNone(String table, Condition condition, String description) {
        validation.requireNone(table, condition, description);
    }

    @Override
    public void checkNone(String table, String condition, String description) {
        validation.checkNone(table, Condition.sql(condition), description);
    }

    @Override
    public void checkNone(String table, Condition condition, String description) {
        validation.checkNone(table, condition, description);
    }

    @Override
    public void expectUnchangedRowCount(String table) {
        validation.expectUnchangedRowCount(table);
    }

    @Override
    public void noop(String why) {
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("op.noop(why): say why there is nothing to do");
        }
        issued = true;
        sink.comment("nothing to do: " + why);
    }

    @Override
    public void irreversible(String why) {
        throw new IrreversibleMigrationException("this revision cannot be downgraded: " + why
                + "; annotate the class @Irreversible(\"...\") to refuse before anything runs");
    }

    @Override
    public Connection connection() {
        // what the migration does with the connection is not seen: count it as issuing something
        issued = true;
        return sink.connection();
    }

    @Override
    public boolean offline() {
        return sink.offline();
    }

    @Override
    public String dialect() {
        return dialect.name();
    }

    @Override
    public String quote(String identifier) {
        return dialect.quote(identifier);
    }

    @Override
    public Optional<String> x(String key) {
        return Optional.ofNullable(arguments.get(key));
    }

    @Override
    public String x(String key, String defaultValue) {
        return arguments.getOrDefault(key, defaultValue);
    }

    @Override
    public Map<String, String> arguments() {
        return arguments;
    }
}
