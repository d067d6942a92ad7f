package dev.retort.dialect.h2;

import dev.retort.dialect.IdentifierQuoting;
import dev.retort.dialect.StandardDialect;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.SqlType;

/**
 * H2 2.x. Unquoted names fold to upper case, so a name with an upper-case letter is quoted (it
 * keeps its exact spelling) and lower-case names stay unquoted (and are stored in upper case, as
 * H2 does). Types: {@code text()} is {@code CLOB}, {@code binary()} {@code BLOB}, {@code uuid()}
 * and {@code json()} native, {@code enumeration(...)} a native {@code ENUM}. DDL commits
 * implicitly; no partial or expression indexes (both refused with a clear error).
 */
public final class H2Dialect extends StandardDialect {
    /** Creates the dialect (the {@link java.util.ServiceLoader} constructor). */
    public H2Dialect() {
        super("h2", "H2", new IdentifierQuoting('"', H2ReservedWords.WORDS, true));
    }

    @Override
    public boolean matches(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.regionMatches(true, 0, "jdbc:h2:", 0, 8);
    }

    @Override
    public String renderType(SqlType type) {
        return type.kind() == SqlType.Kind.TEXT ? "CLOB" : super.renderType(type);
    }

    @Override
    protected boolean nativeEnums() {
        return true;
    }

    @Override
    protected String alterColumnType(AlterColumn op, SqlType type) {
        return "ALTER TABLE " + quote(op.table()) + " ALTER COLUMN " + quote(op.column()) + " SET DATA TYPE "
                + renderType(type);
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public boolean supportsComments() {
        return true;
    }

    @Override
    public boolean supportsPartialIndexes() {
        return false;
    }

    @Override
    public boolean supportsExpressionIndexes() {
        return false;
    }

    @Override
    public boolean supportsConcurrentIndexes() {
        return false;
    }

    @Override
    public boolean supportsAlterColumn() {
        return true;
    }
}
