package dev.retort.ops;

import dev.retort.data.Backfill;
import dev.retort.data.BackfillResult;
import dev.retort.data.Condition;
import dev.retort.data.Table;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The operations API handed to {@link dev.retort.Migration#upgrade} and {@link
 * dev.retort.Migration#downgrade}: schema changes rendered as correct DDL for the connected
 * database, data changes, and access to the connection. The methods mirror Alembic's {@code op}
 * ({@code add_column} is {@link #addColumn}); each builds an {@link Operation} and {@linkplain
 * #invoke runs} it.
 *
 * <p>Names are quoted only where the database needs it (a reserved word such as {@code user},
 * upper case where the database folds case, other characters). Where a database cannot do an
 * operation in place (SQLite altering a column), the operation fails with a message naming it
 * before any SQL runs.
 */
public interface Ops {
    /** Creates a table: {@code createTable("role", t -> t.column("id", Types.integer(), c -> c.primaryKey()))}. */
    void createTable(String name, Consumer<CreateTable.Builder> definition);

    /** Drops a table. */
    void dropTable(String name);

    /** Renames a table. */
    void renameTable(String table, String newName);

    /** Sets a table's comment (no-op with a warning on SQLite). */
    void createTableComment(String table, String comment);

    /** Removes a table's comment (no-op with a warning on SQLite). */
    void dropTableComment(String table);

    /** Adds a column: {@code addColumn("user", Column.of("phone", Types.string(20)))}. */
    void addColumn(String table, Column column);

    /** Adds a nullable column without default. */
    void addColumn(String table, String column, SqlType type);

    /** Drops a column. */
    void dropColumn(String table, String column);

    /** Drops a column, carrying its definition so that the operation can be reversed. */
    void dropColumn(String table, Column definition);

    /**
     * Changes a column: {@code alterColumn("user", "old_name", c -> c.rename("new_name"))}, {@code
     * alterColumn("product", "price", c -> c.type(Types.numeric(10, 2)).existingType(Types.floatType()))}.
     */
    void alterColumn(String table, String column, Consumer<AlterColumn.Builder> changes);

    /** Creates an index over columns: {@code createIndex("ix_user_roles_user_id", "user_roles", "user_id")}. */
    void createIndex(String name, String table, String... columns);

    /** Creates an index: {@code createIndex("ix_email", "user", i -> i.expression("lower(email)").unique())}. */
    void createIndex(String name, String table, Consumer<CreateIndex.Builder> definition);

    /** Drops an index (MySQL needs the table: use {@link #dropIndex(String, String)} there). */
    void dropIndex(String name);

    /** Drops an index of a table. */
    void dropIndex(String name, String table);

    /** Drops an index with options: {@code dropIndex("ix", "t", d -> d.concurrently())}. */
    void dropIndex(String name, String table, Consumer<DropIndex.Builder> options);

    /** Adds a primary key to an existing table. */
    void createPrimaryKey(String name, String table, String... columns);

    /** Adds a unique constraint. */
    void createUniqueConstraint(String name, String table, String... columns);

    /** Adds a foreign key: {@code createForeignKey("fk_x", "t", fk -> fk.columns("a").references("r", "id"))}. */
    void createForeignKey(String name, String table, Consumer<ForeignKey.Builder> definition);

    /** Adds a check constraint with a SQL condition. */
    void createCheckConstraint(String name, String table, String condition);

    /** Drops a constraint of any kind (on MySQL, prefer the typed overload). */
    void dropConstraint(String name, String table);

    /** Drops a constraint of the given kind. */
    void dropConstraint(String name, String table, ConstraintType type);

    /** Inserts rows given as maps from column name to value (bound as parameters). */
    void bulkInsert(String table, List<? extends Map<String, ?>> rows);

    /** Runs SQL as written. */
    void execute(String sql);

    /**
     * Runs SQL with {@code ?} placeholders bound to {@code params}. Values are bound through JDBC
     * (and never logged); offline they are rendered as escaped literals.
     */
    void execute(String sql, Object... params);

    /**
     * Changes one table with several operations, rebuilding it on SQLite when needed ({@link
     * Recreate#AUTO}): {@code batchAlterTable("product", b -> b.alterColumn("price", c ->
     * c.type(Types.numeric(10, 2))))}. See {@link #batchAlterTable(String, Recreate, Consumer)}.
     */
    default void batchAlterTable(String table, Consumer<BatchOps> operations) {
        batchAlterTable(table, Recreate.AUTO, operations);
    }

    /**
     * Changes one table with several operations. On every database but SQLite they run as ordinary
     * {@code ALTER} statements, in order, whatever {@code recreate} says. On SQLite, the changes it
     * can make in place (adding a nullable or defaulted column, renaming, dropping an unconstrained
     * column, indexes) run as {@code ALTER} statements; any other change makes Retort rebuild the
     * table by move-and-copy inside the revision's transaction: create the new table, copy the rows
     * with one {@code INSERT ... SELECT}, drop the old table, rename the new one and recreate its
     * indexes and triggers, keeping everything the batch does not change. {@code recreate} chooses
     * when to rebuild; a batch that cannot be done is refused before anything runs. A rebuild needs
     * the live table, so it cannot be rendered in offline ({@code --sql}) mode.
     */
    void batchAlterTable(String table, Recreate recreate, Consumer<BatchOps> operations);

    /**
     * A handle on a table for changing data, as Alembic's {@code table('user', column('id'), ...)}:
     * {@code Table user = op.table("user", "id", "status", "is_active");
     * user.update().set("status", "active").where(user.column("is_active").eq(true)).execute();}.
     * Names are quoted for the database and values bound. Declared columns are checked (a typo fails
     * before any SQL runs); with none declared any column may be named.
     */
    Table table(String name, String... columns);

    /**
     * The first column of the first row of a query, converted to {@code type}: {@code long n =
     * op.scalar(Long.class, "SELECT COUNT(*) FROM account WHERE email = ?", "")}. Null when there is
     * no row or the value is NULL. Reads fail offline ({@code --sql}).
     */
    <T> T scalar(Class<T> type, String sql, Object... params);

    /** Every row of a query, as maps from column label to value in column order. Reads fail offline. */
    List<Map<String, Object>> queryForList(String sql, Object... params);

    /**
     * Changes every row of a large table in batches: {@code op.backfill("large_table", b ->
     * b.set("new_field", "upper(old_field)").where("new_field IS NULL"))}, or with a Java transform,
     * {@code b -> b.read("old_field").transform(row -> row.set("new_field", f(row.getString("old_field"))))}.
     *
     * <p>The table is walked by its primary key in keyset order (never {@code OFFSET}), each batch
     * in its own transaction with a checkpoint, so every row is processed once even while rows are
     * inserted and updated, and an interrupted run resumes after its last committed batch. The
     * statements before the backfill commit when it starts; the rest of the revision and the
     * version table commit at its end. Offline ({@code --sql}) a set-based backfill is written as one
     * {@code UPDATE}; a Java transform is refused. Put large backfills in a revision of their own.
     */
    BackfillResult backfill(String table, Consumer<Backfill> definition);

    /**
     * A precondition: refuses to go on if any row of {@code table} matches {@code condition} (SQL),
     * failing with the count: {@code op.requireNone("user", "email IS NULL OR email = ''", "have an
     * empty email")} fails with {@code precondition failed: 12 rows of user have an empty email}.
     * Call it first, before the revision changes anything. Offline it is noted in the script.
     */
    void requireNone(String table, String condition, String description);

    /** A precondition with a built condition: {@code op.requireNone("user", user.column("email").isNull(), "...")}. */
    void requireNone(String table, Condition condition, String description);

    /**
     * A postcondition: fails the revision, rolling its transaction back, if any row of {@code table}
     * matches {@code condition} (SQL): {@code op.checkNone("user", "email IS NOT NULL AND
     * email_normalized IS NULL", "have no normalized email")}.
     */
    void checkNone(String table, String condition, String description);

    /** A postcondition with a built condition. */
    void checkNone(String table, Condition condition, String description);

    /**
     * A row-count guard: counts {@code table} now and fails the revision, rolling it back, if the
     * count differs when the upgrade (or downgrade) body has finished.
     */
    void expectUnchangedRowCount(String table);

    /**
     * Declares that this downgrade (or upgrade) has nothing to do, on purpose: {@code op.noop("the
     * upgrade only analysed tables")}. A Java downgrade that issues no operation and does not say
     * so fails, so that an empty body written by accident never moves the version table back.
     */
    void noop(String why);

    /**
     * Refuses this downgrade at run time: {@code op.irreversible("old prices are not kept")} fails
     * the step (rolled back) with the reason. Prefer annotating the class {@code
     * @Irreversible("why")}, which refuses a downgrade before any of it runs; use this when only
     * the data can tell.
     */
    void irreversible(String why);

    /** Runs an operation value, such as another operation's {@link Operation#reverse()}. */
    void invoke(Operation operation);

    /**
     * The JDBC connection the migration runs on, inside its transaction (do not commit or close it).
     *
     * @throws dev.retort.RetortException in offline ({@code --sql}) mode, where there is none
     */
    Connection connection();

    /** Whether SQL is being written out ({@code --sql}) rather than run. */
    boolean offline();

    /** The dialect's name: {@code sqlite}, {@code postgresql}, {@code mysql}, {@code mariadb} or {@code h2}. */
    String dialect();

    /** An identifier as this database needs it in raw SQL: {@code quote("user")} is {@code "user"} on PostgreSQL. */
    String quote(String identifier);

    /** The {@code -x key=value} argument named {@code key}, if given. */
    Optional<String> x(String key);

    /** The {@code -x} argument named {@code key}, or {@code defaultValue}. */
    String x(String key, String defaultValue);

    /** All {@code -x} arguments, in the order given. */
    Map<String, String> arguments();
}
