package dev.retort.dialect;

import dev.retort.ops.Operation;
import dev.retort.ops.SqlType;
import java.sql.Connection;
import java.util.List;

/**
 * How one database spells things: identifier quoting, types, literals and the DDL of each {@link
 * Operation}, plus what the database can do. The one plugin point for databases: implementations
 * are found with {@link java.util.ServiceLoader} through {@code
 * META-INF/services/dev.retort.dialect.Dialect} (see {@link Dialects}); most extend {@link
 * StandardDialect}. Implementations are immutable and thread-safe.
 */
public interface Dialect {
    /** The dialect's name, as {@link Dialects#named} accepts it: {@code postgresql}. */
    String name();

    /** The database's name in messages: {@code PostgreSQL}; the dialect's name unless overridden. */
    default String displayName() {
        return name();
    }

    /** Whether this dialect serves the database at {@code jdbcUrl} ({@code jdbc:postgresql:...}). */
    boolean matches(String jdbcUrl);

    /**
     * The identifier as it must appear in SQL: unchanged when the database takes it as it is,
     * quoted (with embedded quote characters doubled) when it is a reserved word of this database,
     * changes under the database's case folding, or has characters outside {@code [A-Za-z0-9_]}.
     */
    String quote(String identifier);

    /** The type as this database spells it: {@code Types.uuid()} is {@code UUID} on PostgreSQL. */
    String renderType(SqlType type);

    /**
     * A SQL literal for a value (server defaults, offline parameters): strings quoted and escaped,
     * booleans as the database stores them, {@code java.time} values as quoted ISO text.
     *
     * @throws dev.retort.RetortException for a value of a type with no literal form
     */
    String literal(Object value);

    /**
     * The statements that perform {@code operation}, in order (possibly none: a comment on a
     * database without comments). Data operations ({@code Execute}, {@code BulkInsert}) render with
     * their values as literals, as offline scripts need.
     *
     * @throws OperationNotSupportedException when the database cannot do it in place
     * @throws MissingHintException when a hint the rendering needs is missing
     */
    List<String> render(Operation operation);

    /**
     * An {@code INSERT} of one row into {@code columns} of {@code table}, with a {@code ?}
     * placeholder for each value.
     */
    default String insert(String table, List<String> columns) {
        StringBuilder sql =
                new StringBuilder("INSERT INTO ").append(quote(table)).append(" (");
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(quote(columns.get(i)));
            values.append(i == 0 ? "?" : ", ?");
        }
        return sql.append(") VALUES (").append(values).append(')').toString();
    }

    /**
     * The operation with what it needs to render filled in from the live database (MySQL reads
     * a column's current definition for {@code MODIFY}). Called only online, before {@link
     * #render}; the default returns the operation unchanged.
     */
    default Operation resolve(Operation operation, Connection connection) {
        return operation;
    }

    /** Whether the operation's statements must run outside a transaction ({@code CREATE INDEX CONCURRENTLY}). */
    default boolean requiresAutocommit(Operation operation) {
        return false;
    }

    /** Whether the operation can only be done by rebuilding the table (SQLite altering a column). */
    default boolean requiresTableRebuild(Operation operation) {
        return false;
    }

    /** Whether DDL statements take part in transactions (and roll back with them). */
    boolean transactionalDdl();

    /** Whether tables and columns carry comments. */
    boolean supportsComments();

    /** Whether indexes can have a {@code WHERE} condition. */
    boolean supportsPartialIndexes();

    /** Whether indexes can be over expressions such as {@code lower(email)}. */
    boolean supportsExpressionIndexes();

    /** Whether indexes can be built without locking writes. */
    boolean supportsConcurrentIndexes();

    /** Whether a column's type, nullability and default can be changed in place. */
    boolean supportsAlterColumn();
}
