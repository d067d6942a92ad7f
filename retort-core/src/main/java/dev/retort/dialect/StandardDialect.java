package dev.retort.dialect;

import dev.retort.RetortException;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.BulkInsert;
import dev.retort.ops.Column;
import dev.retort.ops.Constraint;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateTable;
import dev.retort.ops.CreateTableComment;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropTable;
import dev.retort.ops.DropTableComment;
import dev.retort.ops.Execute;
import dev.retort.ops.IndexElement;
import dev.retort.ops.Operation;
import dev.retort.ops.RenameTable;
import dev.retort.ops.ServerDefault;
import dev.retort.ops.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The base of the built-in dialects: quoting, literals and types with the common ANSI forms, and
 * each operation's rendering as a protected method a dialect overrides where its database
 * differs. Table DDL is in {@link TableDdl}, the rest in {@link SchemaDdl}; this class dispatches.
 */
public abstract class StandardDialect implements Dialect {
    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String name;
    private final String displayName;
    private final IdentifierQuoting quoting;
    private final TableDdl tables = new TableDdl(this);
    private final SchemaDdl schema = new SchemaDdl(this);

    /**
     * Creates a dialect.
     *
     * @param name the name {@link Dialects#named} accepts
     * @param displayName the database's name in messages ({@code PostgreSQL})
     * @param quoting the database's identifier quoting rules
     */
    protected StandardDialect(String name, String displayName, IdentifierQuoting quoting) {
        this.name = name;
        this.displayName = displayName;
        this.quoting = quoting;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String displayName() {
        return displayName;
    }

    @Override
    public String quote(String identifier) {
        return quoting.quote(identifier);
    }

    @Override
    public String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Boolean) {
            return booleanLiteral((Boolean) value);
        }
        if (value instanceof Number) {
            return Literals.number((Number) value);
        }
        if (value instanceof byte[]) {
            return binaryLiteral((byte[]) value);
        }
        String text = Literals.text(value);
        if (text == null) {
            throw new RetortException("no SQL literal for a value of type "
                    + value.getClass().getName() + "; use a string, number, boolean, java.time value, UUID or byte[]");
        }
        return stringLiteral(text);
    }

    /** A boolean literal: {@code true}/{@code false} (MySQL and SQLite: {@code 1}/{@code 0}). */
    protected String booleanLiteral(boolean value) {
        return value ? "true" : "false";
    }

    /** A quoted string literal with embedded quotes doubled. */
    protected String stringLiteral(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** A binary literal: {@code X'CAFE'}. */
    protected String binaryLiteral(byte[] value) {
        return "X'" + Literals.hex(value) + "'";
    }

    /** Whether a backslash escapes the next character inside string literals (MySQL). */
    protected boolean backslashEscapes() {
        return false;
    }

    /** The SQL of a server default, or {@code null} for {@link ServerDefault#none()}. */
    protected String defaultValue(ServerDefault value) {
        if (value instanceof ServerDefault.Literal) {
            return literal(((ServerDefault.Literal) value).value());
        }
        if (value instanceof ServerDefault.Expression) {
            return ((ServerDefault.Expression) value).sql();
        }
        return null;
    }

    /** The ANSI spelling of each type; dialects override the ones their database spells differently. */
    @Override
    public String renderType(SqlType type) {
        return StandardTypes.render(this, type);
    }

    /** Whether {@code enumeration} types are native ({@code ENUM('a', 'b')}) rather than a checked VARCHAR. */
    protected boolean nativeEnums() {
        return false;
    }

    /** A native enum type: {@code ENUM('a', 'b')}. */
    protected final String enumType(SqlType type) {
        List<String> values = new ArrayList<>();
        type.values().forEach(v -> values.add(stringLiteral(v)));
        return "ENUM(" + String.join(", ", values) + ")";
    }

    /** The type a column is declared with (SQLite declares auto-increment keys {@code INTEGER}). */
    protected String columnType(Column column) {
        return renderType(column.type());
    }

    /** What makes a column auto-incremented, with a leading space. */
    protected String autoIncrementClause() {
        return " GENERATED BY DEFAULT AS IDENTITY";
    }

    /** Whether column and table comments are written inline in the DDL (MySQL) rather than as statements. */
    protected boolean inlineComments() {
        return false;
    }

    /** Logs that a comment is ignored because the database has none. */
    protected final void warnNoComments(String subject) {
        log.warn("{} has no comments; the comment on {} is ignored", displayName, subject);
    }

    @Override
    public List<String> render(Operation op) {
        if (op instanceof CreateTable) {
            return createTable((CreateTable) op);
        } else if (op instanceof DropTable) {
            return List.of("DROP TABLE " + quote(((DropTable) op).name()));
        } else if (op instanceof RenameTable) {
            return renameTable((RenameTable) op);
        } else if (op instanceof AddColumn) {
            return addColumn((AddColumn) op);
        } else if (op instanceof DropColumn) {
            return dropColumn((DropColumn) op);
        } else if (op instanceof AlterColumn) {
            return alterColumn((AlterColumn) op);
        } else if (op instanceof CreateIndex) {
            return createIndex((CreateIndex) op);
        } else if (op instanceof DropIndex) {
            return dropIndex((DropIndex) op);
        } else if (op instanceof AddConstraint) {
            return addConstraint((AddConstraint) op);
        } else if (op instanceof DropConstraint) {
            return dropConstraint((DropConstraint) op);
        } else if (op instanceof CreateTableComment) {
            CreateTableComment c = (CreateTableComment) op;
            return tableComment(c.table(), c.comment());
        } else if (op instanceof DropTableComment) {
            return tableComment(((DropTableComment) op).table(), "");
        } else if (op instanceof BulkInsert) {
            return bulkInsert((BulkInsert) op);
        }
        Execute execute = (Execute) op;
        return List.of(
                execute.params().isEmpty()
                        ? execute.sql()
                        : Placeholders.substitute(execute.sql(), execute.params(), this::literal, backslashEscapes()));
    }

    /** {@code CREATE TABLE}, followed by comment statements where comments are not inline. */
    protected List<String> createTable(CreateTable op) {
        return tables.createTable(op);
    }

    /** A column's definition as in {@code CREATE TABLE} and {@code ADD COLUMN}. */
    protected String columnDefinition(Column column) {
        return tables.columnDefinition(column);
    }

    /** {@code ALTER TABLE a RENAME TO b}. */
    protected List<String> renameTable(RenameTable op) {
        return List.of("ALTER TABLE " + quote(op.table()) + " RENAME TO " + quote(op.newName()));
    }

    /** {@code ALTER TABLE t ADD COLUMN ...}, with a comment statement where comments are not inline. */
    protected List<String> addColumn(AddColumn op) {
        return tables.addColumn(op);
    }

    /** {@code ALTER TABLE t DROP COLUMN c}. */
    protected List<String> dropColumn(DropColumn op) {
        return List.of("ALTER TABLE " + quote(op.table()) + " DROP COLUMN " + quote(op.column()));
    }

    /** One statement per changed aspect (type, nullability, default, comment), the rename last. */
    protected List<String> alterColumn(AlterColumn op) {
        return tables.alterColumn(op);
    }

    /** The statement changing a column's type ({@code ALTER TABLE t ALTER COLUMN c TYPE x}). */
    protected String alterColumnType(AlterColumn op, SqlType type) {
        return "ALTER TABLE " + quote(op.table()) + " ALTER COLUMN " + quote(op.column()) + " TYPE " + renderType(type);
    }

    /** The statements setting (or, for an empty comment, removing) a column comment. */
    protected List<String> columnComment(String table, String column, String comment) {
        return List.of("COMMENT ON COLUMN " + quote(table) + "." + quote(column) + " IS "
                + (comment.isEmpty() ? "NULL" : stringLiteral(comment)));
    }

    /** The statements setting (or, for an empty comment, removing) a table comment. */
    protected List<String> tableComment(String table, String comment) {
        if (!supportsComments()) {
            warnNoComments("table " + table);
            return List.of();
        }
        return List.of(
                "COMMENT ON TABLE " + quote(table) + " IS " + (comment.isEmpty() ? "NULL" : stringLiteral(comment)));
    }

    /** {@code CREATE INDEX}, refusing what the database cannot index. */
    protected List<String> createIndex(CreateIndex op) {
        return schema.createIndex(op);
    }

    /** One index element: a quoted column, or an expression (parenthesised unless a plain function call). */
    protected String indexElement(IndexElement element) {
        return schema.indexElement(element);
    }

    /** {@code DROP INDEX ix}. */
    protected List<String> dropIndex(DropIndex op) {
        return List.of("DROP INDEX " + quote(op.name()));
    }

    /** {@code ALTER TABLE t ADD CONSTRAINT ...}. */
    protected List<String> addConstraint(AddConstraint op) {
        return List.of("ALTER TABLE " + quote(op.table()) + " ADD " + constraintDefinition(op.constraint()));
    }

    /** A constraint as in {@code CREATE TABLE}: {@code CONSTRAINT fk FOREIGN KEY (a) REFERENCES r (id)}. */
    protected String constraintDefinition(Constraint constraint) {
        return schema.constraintDefinition(constraint);
    }

    /** {@code ALTER TABLE t DROP CONSTRAINT c}. */
    protected List<String> dropConstraint(DropConstraint op) {
        return List.of("ALTER TABLE " + quote(op.table()) + " DROP CONSTRAINT " + quote(op.name()));
    }

    /** One {@code INSERT} per row with the values as literals. */
    protected List<String> bulkInsert(BulkInsert op) {
        List<String> statements = new ArrayList<>();
        for (Map<String, Object> row : op.rows()) {
            String sql = insert(op.table(), new ArrayList<>(row.keySet()));
            statements.add(Placeholders.substitute(sql, new ArrayList<>(row.values()), this::literal, false));
        }
        return statements;
    }

    @Override
    public String toString() {
        return name;
    }
}
