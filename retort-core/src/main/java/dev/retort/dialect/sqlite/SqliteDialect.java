package dev.retort.dialect.sqlite;

import dev.retort.dialect.IdentifierQuoting;
import dev.retort.dialect.OperationNotSupportedException;
import dev.retort.dialect.StandardDialect;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.Column;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.Operation;
import dev.retort.ops.SqlType;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLite 3.35+. SQLite alters tables in place only to rename them and to add, drop and rename
 * columns; changing a column's type, nullability or default and adding or dropping constraints
 * need a table rebuild, which these operations refuse with a message pointing at {@code
 * batchAlterTable}. SQLite has no comments: they are ignored with a warning. Booleans are stored
 * as {@code 0}/{@code 1}; {@code uuid()} is {@code CHAR(36)}, {@code json()} {@code TEXT}, {@code
 * binary()} {@code BLOB}, {@code enumeration(...)} a {@code VARCHAR} with a {@code CHECK}. An
 * auto-increment key is declared {@code INTEGER} so that it is the rowid.
 */
public final class SqliteDialect extends StandardDialect {
    /** Creates the dialect (the {@link java.util.ServiceLoader} constructor). */
    public SqliteDialect() {
        super("sqlite", "SQLite", new IdentifierQuoting('"', SqliteKeywords.WORDS, false));
    }

    @Override
    public boolean matches(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.regionMatches(true, 0, "jdbc:sqlite:", 0, 12);
    }

    @Override
    protected String booleanLiteral(boolean value) {
        return value ? "1" : "0";
    }

    @Override
    public String renderType(SqlType type) {
        switch (type.kind()) {
            case BINARY:
                return "BLOB";
            case UUID:
                return "CHAR(36)";
            case JSON:
                return "TEXT";
            default:
                return super.renderType(type);
        }
    }

    @Override
    protected String columnType(Column column) {
        return column.isAutoIncrement() ? "INTEGER" : super.columnType(column);
    }

    @Override
    protected String autoIncrementClause() {
        return "";
    }

    @Override
    protected List<String> addColumn(AddColumn op) {
        Column column = op.column();
        String subject = op.table() + "." + column.name();
        if (column.isPrimaryKey() || column.isUnique()) {
            throw new OperationNotSupportedException("SQLite cannot add a primary key or unique column (" + subject
                    + ") in place; add the column, then an index, or use op.batchAlterTable(\"" + op.table()
                    + "\", ...)");
        }
        if (!column.isNullable() && column.serverDefault().isEmpty()) {
            throw new OperationNotSupportedException("SQLite cannot add NOT NULL column " + subject
                    + " without a server default; give it serverDefault(...)");
        }
        return super.addColumn(op);
    }

    @Override
    protected List<String> alterColumn(AlterColumn op) {
        List<String> aspects = new ArrayList<>(op.changedAspects());
        aspects.remove("comment");
        if (!aspects.isEmpty()) {
            throw new OperationNotSupportedException("SQLite cannot ALTER COLUMN " + op.column() + " "
                    + String.join(" and ", aspects) + " in place; use op.batchAlterTable(\"" + op.table()
                    + "\", ...)");
        }
        return super.alterColumn(op);
    }

    @Override
    protected List<String> addConstraint(AddConstraint op) {
        throw new OperationNotSupportedException("SQLite cannot ADD CONSTRAINT " + op.name() + " to " + op.table()
                + " in place; use op.batchAlterTable(\"" + op.table() + "\", ...)");
    }

    @Override
    protected List<String> dropConstraint(DropConstraint op) {
        throw new OperationNotSupportedException("SQLite cannot DROP CONSTRAINT " + op.name() + " of " + op.table()
                + " in place; use op.batchAlterTable(\"" + op.table() + "\", ...)");
    }

    @Override
    public boolean requiresTableRebuild(Operation operation) {
        if (operation instanceof AlterColumn) {
            List<String> aspects = new ArrayList<>(((AlterColumn) operation).changedAspects());
            aspects.remove("comment");
            return !aspects.isEmpty();
        }
        if (operation instanceof AddColumn) {
            Column c = ((AddColumn) operation).column();
            return c.isPrimaryKey()
                    || c.isUnique()
                    || (!c.isNullable() && c.serverDefault().isEmpty());
        }
        return operation instanceof AddConstraint || operation instanceof DropConstraint;
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public boolean supportsComments() {
        return false;
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
        return false;
    }

    @Override
    public boolean supportsAlterColumn() {
        return false;
    }
}
