package dev.retort.dialect;

import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.Column;
import dev.retort.ops.CreateTable;
import dev.retort.ops.PrimaryKey;
import dev.retort.ops.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The common forms of table and column DDL, calling back into the dialect's hooks. */
final class TableDdl {
    private final StandardDialect d;

    TableDdl(StandardDialect dialect) {
        this.d = dialect;
    }

    List<String> createTable(CreateTable op) {
        List<String> parts = new ArrayList<>();
        op.columns().forEach(c -> parts.add(d.columnDefinition(c)));
        op.primaryKey().ifPresent(pk -> parts.add(d.constraintDefinition(pk)));
        op.constraints().stream()
                .filter(c -> !(c instanceof PrimaryKey))
                .forEach(c -> parts.add(d.constraintDefinition(c)));
        StringBuilder sql = new StringBuilder("CREATE TABLE ")
                .append(d.quote(op.name()))
                .append(" (\n    ")
                .append(String.join(",\n    ", parts))
                .append("\n)");
        List<String> statements = new ArrayList<>();
        statements.add(sql.toString());
        if (!d.supportsComments()) {
            op.comment().ifPresent(c -> d.warnNoComments("table " + op.name()));
            op.columns().stream()
                    .filter(c -> c.comment().isPresent())
                    .forEach(c -> d.warnNoComments("column " + op.name() + "." + c.name()));
        } else if (d.inlineComments()) {
            op.comment().ifPresent(c -> sql.append(" COMMENT ").append(d.stringLiteral(c)));
            statements.set(0, sql.toString());
        } else {
            op.comment().ifPresent(c -> statements.addAll(d.tableComment(op.name(), c)));
            for (Column c : op.columns()) {
                c.comment().ifPresent(text -> statements.addAll(d.columnComment(op.name(), c.name(), text)));
            }
        }
        return statements;
    }

    String columnDefinition(Column column) {
        StringBuilder sql =
                new StringBuilder(d.quote(column.name())).append(' ').append(d.columnType(column));
        if (column.isAutoIncrement()) {
            sql.append(d.autoIncrementClause());
        }
        column.serverDefault().map(d::defaultValue).ifPresent(v -> sql.append(" DEFAULT ")
                .append(v));
        if (!column.isNullable()) {
            sql.append(" NOT NULL");
        }
        if (column.isUnique()) {
            sql.append(" UNIQUE");
        }
        sql.append(enumCheck(column.name(), column.type()));
        if (d.inlineComments()) {
            column.comment().ifPresent(c -> sql.append(" COMMENT ").append(d.stringLiteral(c)));
        }
        return sql.toString();
    }

    /** The CHECK that stands in for an enum type where enums are not native, with a leading space. */
    private String enumCheck(String column, SqlType type) {
        if (type.kind() != SqlType.Kind.ENUM || d.nativeEnums()) {
            return "";
        }
        return " CHECK (" + d.quote(column) + " IN ("
                + type.values().stream().map(d::stringLiteral).collect(Collectors.joining(", ")) + "))";
    }

    List<String> addColumn(AddColumn op) {
        Column column = op.column();
        List<String> statements = new ArrayList<>();
        statements.add("ALTER TABLE " + d.quote(op.table()) + " ADD COLUMN " + d.columnDefinition(column)
                + (column.isPrimaryKey() ? " PRIMARY KEY" : ""));
        column.comment().ifPresent(c -> {
            if (!d.supportsComments()) {
                d.warnNoComments("column " + op.table() + "." + column.name());
            } else if (!d.inlineComments()) {
                statements.addAll(d.columnComment(op.table(), column.name(), c));
            }
        });
        return statements;
    }

    List<String> alterColumn(AlterColumn op) {
        String alter = "ALTER TABLE " + d.quote(op.table()) + " ALTER COLUMN " + d.quote(op.column());
        List<String> statements = new ArrayList<>();
        op.type().ifPresent(t -> statements.add(d.alterColumnType(op, t)));
        op.nullable().ifPresent(n -> statements.add(alter + (n ? " DROP NOT NULL" : " SET NOT NULL")));
        op.serverDefault()
                .map(d::defaultValue)
                .ifPresentOrElse(v -> statements.add(alter + " SET DEFAULT " + v), () -> op.serverDefault()
                        .ifPresent(none -> statements.add(alter + " DROP DEFAULT")));
        op.comment().ifPresent(c -> {
            if (d.supportsComments()) {
                statements.addAll(d.columnComment(op.table(), op.column(), c));
            } else {
                d.warnNoComments("column " + op.table() + "." + op.column());
            }
        });
        op.newName()
                .ifPresent(n -> statements.add("ALTER TABLE " + d.quote(op.table()) + " RENAME COLUMN "
                        + d.quote(op.column()) + " TO " + d.quote(n)));
        return statements;
    }
}
