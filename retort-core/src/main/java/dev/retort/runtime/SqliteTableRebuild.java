package dev.retort.runtime;

import dev.retort.dialect.Dialect;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.Operation;
import dev.retort.schema.ColumnSchema;
import dev.retort.schema.SchemaReflector;
import dev.retort.schema.SqliteTableDefinition;
import dev.retort.schema.TableSchema;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds a SQLite table by move-and-copy, the procedure of SQLite's "Making Other Kinds Of Table
 * Schema Changes": reflect the table, apply the batch to its model, count rows that would not fit,
 * rename columns in place, create the new table under a temporary name, copy the rows with one
 * {@code INSERT ... SELECT}, drop the old table, rename the new one (with {@code
 * legacy_alter_table} on, so that references to the name elsewhere stay as written), recreate
 * indexes and triggers, restore the {@code AUTOINCREMENT} counter and run {@code
 * foreign_key_check}. Rows never pass through the JVM.
 *
 * <p>Foreign keys: SQLite ignores {@code PRAGMA foreign_keys} inside a transaction, and while they
 * are enforced, dropping a table deletes its rows first, firing the {@code ON DELETE} actions of
 * tables referencing it. So: inside the revision's transaction with enforcement off, the plain
 * procedure runs; with it on and nothing referencing the table, the same with {@code
 * defer_foreign_keys} on; with it on and the table referenced, the rows go through a scratch copy so
 * that the table is recreated under its own name before they return (two copies), which is refused
 * if a referencing key has an {@code ON DELETE} action. With autocommit on, Retort turns enforcement
 * off itself, rebuilds in a transaction of its own and turns it back on. Not thread-safe.
 */
final class SqliteTableRebuild {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteTableRebuild.class);

    private final Dialect dialect;
    private final SqliteSession session;

    SqliteTableRebuild(Dialect dialect, SqlSink sink, String subject) {
        this.dialect = dialect;
        this.session = new SqliteSession(sink, subject);
    }

    /** Rebuilds {@code table} with {@code operations} applied, in the open transaction or in one of its own. */
    void run(TableSchema table, List<Operation> operations) {
        Connection connection = session.connection();
        boolean enforced = session.flag("foreign_keys");
        if (!session.autocommit()) {
            rebuild(table, operations, enforced);
            return;
        }
        if (enforced) {
            session.execute("PRAGMA foreign_keys = OFF");
        }
        try {
            SqliteSession.jdbc("begin a transaction for the rebuild", () -> connection.setAutoCommit(false));
            try {
                rebuild(table, operations, false);
                SqliteSession.jdbc("commit the rebuild", connection::commit);
            } catch (RuntimeException e) {
                SqliteSession.jdbc("roll the rebuild back", connection::rollback);
                throw e;
            } finally {
                SqliteSession.jdbc("return the connection to autocommit", () -> connection.setAutoCommit(true));
            }
        } finally {
            if (enforced) {
                session.execute("PRAGMA foreign_keys = ON");
            }
        }
    }

    private void rebuild(TableSchema original, List<Operation> operations, boolean enforced) {
        String name = original.name();
        SqliteRebuildGuards guards = new SqliteRebuildGuards(session, name);
        guards.refuseUnkeptClauses();
        String temporary = guards.freeName("_retort_tmp_" + name);
        List<ReferencingKey> referencing = SqliteForeignKeys.referencing(session, name);
        ColumnRenames renames = ColumnRenames.plan(
                original.columns().stream().map(ColumnSchema::name).toList(), operations);
        TableModel model = TableChanges.apply(
                dialect, original, Map.of(), referencing, operations, session.subject(), renames.isEmpty());
        boolean scratch = enforced && !referencing.isEmpty();
        if (scratch) {
            guards.refuseDeleteActions(referencing);
        }
        RowChecks.verify(session, dialect, name, model);
        if (!renames.isEmpty()) {
            renames.steps().forEach(step -> dialect.render(AlterColumn.builder(name, step.from())
                            .rename(step.to())
                            .build())
                    .forEach(session::execute));
            TableSchema renamed = reflect(name);
            referencing = SqliteForeignKeys.referencing(session, name);
            model = TableChanges.apply(
                    dialect, renamed, renames.origins(), referencing, operations, session.subject(), true);
        }
        LOG.info("{}: rebuilding SQLite table {} by move-and-copy", session.subject(), name);
        TableSchema rebuilt = model.build(dialect);
        RowCopy copy = new RowCopy(dialect, original, rebuilt, model);
        Optional<Long> sequence = copy.autoincrements() ? sequence(name) : Optional.empty();
        String restoreDefer =
                enforced && !session.flag("defer_foreign_keys") ? session.set("defer_foreign_keys", true) : null;
        SqliteTableDefinition definition = SqliteTableDefinition.of(rebuilt);
        if (scratch) {
            String scratchName = guards.freeName("_retort_copy_" + name);
            session.execute(copy.toScratch(scratchName));
            session.execute("DROP TABLE " + dialect.quote(name));
            session.execute(definition.createTable());
            session.execute(copy.fromScratch(scratchName));
            session.execute("DROP TABLE temp." + dialect.quote(scratchName));
        } else {
            session.execute(definition.createTable(temporary));
            session.execute(copy.into(temporary));
            session.execute("DROP TABLE " + dialect.quote(name));
            renameTable(temporary, name);
        }
        sequence.ifPresent(seq -> restoreSequence(name, seq));
        definition.createIndexes().forEach(session::execute);
        definition.createTriggers().forEach(session::execute);
        SqliteForeignKeys.check(session, name, referencing);
        if (restoreDefer != null) {
            session.execute(restoreDefer);
        }
    }

    /** Renames with {@code legacy_alter_table} on: SQLite then rewrites only the table's own DDL. */
    private void renameTable(String from, String to) {
        String restore = session.flag("legacy_alter_table") ? null : session.set("legacy_alter_table", true);
        try {
            session.execute("ALTER TABLE " + dialect.quote(from) + " RENAME TO " + dialect.quote(to));
        } finally {
            if (restore != null) {
                session.execute(restore);
            }
        }
    }

    private TableSchema reflect(String name) {
        return SchemaReflector.forConnection(session.connection())
                .table(name)
                .orElseThrow(() -> new TableRebuildException(session.subject() + ": table " + name + " disappeared"));
    }

    /** The table's {@code AUTOINCREMENT} counter, which dropping the table would reset. */
    private Optional<Long> sequence(String name) {
        boolean exists = session.number(
                        "SELECT count(*) FROM main.sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'")
                > 0;
        if (!exists) {
            return Optional.empty();
        }
        return session
                .query("SELECT seq FROM main.sqlite_sequence WHERE name = ?", row -> row.getLong(1), name)
                .stream()
                .findFirst();
    }

    private void restoreSequence(String name, long seq) {
        String table = dialect.literal(name);
        session.execute("UPDATE main.sqlite_sequence SET seq = max(seq, " + seq + ") WHERE name = " + table);
        session.execute("INSERT INTO main.sqlite_sequence (name, seq) SELECT " + table + ", " + seq
                + " WHERE NOT EXISTS (SELECT 1 FROM main.sqlite_sequence WHERE name = " + table + ")");
    }
}
