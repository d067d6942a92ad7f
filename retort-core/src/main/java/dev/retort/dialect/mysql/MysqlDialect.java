package dev.retort.dialect.mysql;

import dev.retort.dialect.IdentifierQuoting;
import dev.retort.dialect.MissingHintException;
import dev.retort.dialect.OperationNotSupportedException;
import dev.retort.dialect.StandardDialect;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropIndex;
import dev.retort.ops.IndexElement;
import dev.retort.ops.Operation;
import dev.retort.ops.RenameTable;
import dev.retort.ops.ServerDefault;
import dev.retort.ops.SqlType;
import java.sql.Connection;
import java.util.List;

/**
 * MySQL 8 (and, through {@link MariaDbDialect}, MariaDB 10.6+). Names are quoted with backquotes,
 * only for reserved words and unusual characters (MySQL does not fold case). Booleans are {@code
 * BOOLEAN}, stored as {@code TINYINT(1)} and written {@code 0}/{@code 1}; {@code timestamp()} is
 * {@code DATETIME(6)}, and so is {@code timestampWithTimeZone()}: MySQL has no time-zone-aware
 * type, and {@code TIMESTAMP}'s 2038 limit and session-zone conversion make it the worse choice,
 * so such columns hold UTC by convention. {@code uuid()} is {@code CHAR(36)}, {@code
 * enumeration(...)} a native {@code ENUM}, comments are inline. DDL is not transactional.
 *
 * <p>{@code alterColumn} changing a type, nullability or comment restates the whole column
 * ({@code MODIFY}/{@code CHANGE}); what it does not change comes from the {@code existing*}
 * hints, read from {@code information_schema} online when missing and required offline.
 */
public sealed class MysqlDialect extends StandardDialect permits MariaDbDialect {
    /** Creates the MySQL dialect (the {@link java.util.ServiceLoader} constructor). */
    public MysqlDialect() {
        this("mysql", "MySQL");
    }

    MysqlDialect(String name, String displayName) {
        super(name, displayName, new IdentifierQuoting('`', MysqlReservedWords.WORDS, false));
    }

    @Override
    public boolean matches(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.regionMatches(true, 0, "jdbc:mysql:", 0, 11);
    }

    @Override
    protected String booleanLiteral(boolean value) {
        return value ? "1" : "0";
    }

    @Override
    protected String stringLiteral(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    @Override
    protected boolean backslashEscapes() {
        return true;
    }

    @Override
    public String renderType(SqlType type) {
        switch (type.kind()) {
            case STRING:
                if (type.length() == 0) {
                    throw new OperationNotSupportedException(
                            displayName() + " needs a length for string(); use Types.string(n) or Types.text()");
                }
                return super.renderType(type);
            case TIMESTAMP:
            case TIMESTAMP_WITH_TIME_ZONE:
                return "DATETIME(6)";
            case NUMERIC:
                return type.precision() > 0 ? "DECIMAL(" + type.precision() + ", " + type.scale() + ")" : "DECIMAL";
            case FLOAT:
                return "FLOAT";
            case DOUBLE:
                return "DOUBLE";
            case UUID:
                return "CHAR(36)";
            default:
                return super.renderType(type);
        }
    }

    @Override
    protected boolean nativeEnums() {
        return true;
    }

    @Override
    protected String autoIncrementClause() {
        return " AUTO_INCREMENT";
    }

    @Override
    protected boolean inlineComments() {
        return true;
    }

    @Override
    protected List<String> renameTable(RenameTable op) {
        return List.of("RENAME TABLE " + quote(op.table()) + " TO " + quote(op.newName()));
    }

    @Override
    protected List<String> tableComment(String table, String comment) {
        return List.of("ALTER TABLE " + quote(table) + " COMMENT " + stringLiteral(comment));
    }

    @Override
    protected List<String> alterColumn(AlterColumn op) {
        return new MysqlAlterColumn(this).render(op);
    }

    // The hooks MysqlAlterColumn needs, opened to the package.
    String defaultSql(ServerDefault value) {
        return defaultValue(value);
    }

    String quotedString(String value) {
        return stringLiteral(value);
    }

    @Override
    public Operation resolve(Operation operation, Connection connection) {
        if (operation instanceof AlterColumn && MysqlAlterColumn.restatesColumn((AlterColumn) operation)) {
            return MysqlColumnReader.withExistingState((AlterColumn) operation, connection);
        }
        return operation;
    }

    @Override
    protected String indexElement(IndexElement element) {
        // MySQL 8 takes an expression key part only in its own parentheses: ((lower(email))).
        return element.expression() ? "(" + element.text().strip() + ")" : quote(element.text());
    }

    @Override
    protected List<String> dropIndex(DropIndex op) {
        String table = op.table()
                .orElseThrow(
                        () -> new MissingHintException(displayName() + " drops an index through its table: dropIndex "
                                + op.name() + " needs it; use op.dropIndex(\"" + op.name() + "\", \"<table>\")"));
        return List.of("DROP INDEX " + quote(op.name()) + " ON " + quote(table));
    }

    @Override
    protected List<String> dropConstraint(DropConstraint op) {
        String alter = "ALTER TABLE " + quote(op.table()) + " DROP ";
        if (op.type().isEmpty()) {
            return List.of(alter + "CONSTRAINT " + quote(op.name()));
        }
        switch (op.type().get()) {
            case FOREIGN_KEY:
                return List.of(alter + "FOREIGN KEY " + quote(op.name()));
            case UNIQUE:
                return List.of(alter + "INDEX " + quote(op.name()));
            case PRIMARY:
                return List.of(alter + "PRIMARY KEY");
            default:
                return List.of(alter + dropCheckKeyword() + quote(op.name()));
        }
    }

    /** How a check constraint is dropped: MySQL's {@code DROP CHECK}; MariaDB has only {@code DROP CONSTRAINT}. */
    String dropCheckKeyword() {
        return "CHECK ";
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
        return true;
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
