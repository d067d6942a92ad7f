package dev.retort.dialect.postgresql;

import dev.retort.dialect.IdentifierQuoting;
import dev.retort.dialect.StandardDialect;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.DropIndex;
import dev.retort.ops.Operation;
import dev.retort.ops.SqlType;
import java.util.List;

/**
 * PostgreSQL 12+. Unquoted names fold to lower case, so a name with an upper-case letter is
 * quoted. Types: {@code json()} is {@code JSONB} (binary, indexable: what applications want; use
 * {@code Types.raw("JSON")} for the text form), {@code binary()} is {@code BYTEA}, {@code
 * floatType()} is {@code REAL}, and {@code enumeration(...)} is a {@code VARCHAR} with a {@code
 * CHECK} in column definitions rather than a {@code CREATE TYPE}: it needs no separate type to
 * create, alter or drop, and so reverses with its column (a type change to an enumeration with
 * {@code alterColumn} changes the {@code VARCHAR} only). DDL is transactional; {@code
 * concurrently()} indexes are built and dropped outside the transaction.
 */
public final class PostgresDialect extends StandardDialect {
    /** Creates the dialect (the {@link java.util.ServiceLoader} constructor). */
    public PostgresDialect() {
        super("postgresql", "PostgreSQL", new IdentifierQuoting('"', PostgresReservedWords.WORDS, true));
    }

    @Override
    public boolean matches(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.regionMatches(true, 0, "jdbc:postgresql:", 0, 16);
    }

    @Override
    public String renderType(SqlType type) {
        switch (type.kind()) {
            case BINARY:
                return "BYTEA";
            case JSON:
                return "JSONB";
            default:
                return super.renderType(type);
        }
    }

    @Override
    protected String binaryLiteral(byte[] value) {
        StringBuilder hex = new StringBuilder("'\\x");
        for (byte b : value) {
            hex.append(String.format("%02X", b));
        }
        return hex.append("'::bytea").toString();
    }

    @Override
    protected String alterColumnType(AlterColumn op, SqlType type) {
        return super.alterColumnType(op, type)
                + op.using().map(u -> " USING " + u).orElse("");
    }

    @Override
    protected List<String> dropIndex(DropIndex op) {
        return List.of("DROP INDEX " + (op.concurrently() ? "CONCURRENTLY " : "") + quote(op.name()));
    }

    @Override
    public boolean requiresAutocommit(Operation operation) {
        return (operation instanceof CreateIndex && ((CreateIndex) operation).concurrently())
                || (operation instanceof DropIndex && ((DropIndex) operation).concurrently());
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public boolean supportsComments() {
        return true;
    }

    @Override
    public boolean supportsPartialIndexes() {
        return true;
    }

    @Override
    public boolean supportsExpressionIndexes() {
        return true;
    }

    @Override
    public boolean supportsConcurrentIndexes() {
        return true;
    }

    @Override
    public boolean supportsAlterColumn() {
        return true;
    }
}
