package dev.retort.dialect.mysql;

import dev.retort.dialect.MissingHintException;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.ServerDefault;
import dev.retort.ops.SqlType;
import java.util.ArrayList;
import java.util.List;

/**
 * MySQL's {@code alterColumn}: a default-only change or a rename alone alter just that; any change
 * of type, nullability or comment restates the whole column with {@code MODIFY} (or {@code
 * CHANGE}, which also renames), taking what does not change from the hints.
 */
final class MysqlAlterColumn {
    private final MysqlDialect d;

    MysqlAlterColumn(MysqlDialect dialect) {
        this.d = dialect;
    }

    static boolean restatesColumn(AlterColumn op) {
        return op.type().isPresent()
                || op.nullable().isPresent()
                || op.comment().isPresent();
    }

    List<String> render(AlterColumn op) {
        String table = d.quote(op.table());
        String column = d.quote(op.column());
        List<String> statements = new ArrayList<>();
        if (restatesColumn(op)) {
            String definition = definition(op);
            statements.add(op.newName()
                    .map(n -> "ALTER TABLE " + table + " CHANGE COLUMN " + column + " " + d.quote(n) + " " + definition)
                    .orElse("ALTER TABLE " + table + " MODIFY COLUMN " + column + " " + definition));
            return statements;
        }
        op.serverDefault().ifPresent(value -> {
            String sql = d.defaultSql(value);
            statements.add("ALTER TABLE " + table + " ALTER COLUMN " + column
                    + (sql == null ? " DROP DEFAULT" : " SET DEFAULT " + sql));
        });
        op.newName()
                .ifPresent(
                        n -> statements.add("ALTER TABLE " + table + " RENAME COLUMN " + column + " TO " + d.quote(n)));
        return statements;
    }

    private String definition(AlterColumn op) {
        SqlType type = op.type().or(op::existingType).orElseThrow(() -> missing(op, "existingType"));
        boolean nullable = op.nullable().or(op::existingNullable).orElseThrow(() -> missing(op, "existingNullable"));
        ServerDefault serverDefault =
                op.serverDefault().or(op::existingServerDefault).orElse(ServerDefault.none());
        String comment = op.comment().or(op::existingComment).orElse("");
        StringBuilder sql = new StringBuilder(d.renderType(type)).append(nullable ? " NULL" : " NOT NULL");
        String defaultSql = d.defaultSql(serverDefault);
        if (defaultSql != null) {
            sql.append(" DEFAULT ").append(defaultSql);
        }
        if (op.existingAutoIncrement().orElse(false)) {
            sql.append(" AUTO_INCREMENT");
        }
        if (!comment.isEmpty()) {
            sql.append(" COMMENT ").append(d.quotedString(comment));
        }
        return sql.toString();
    }

    private MissingHintException missing(AlterColumn op, String hint) {
        return new MissingHintException(d.displayName() + " restates the whole column to alter it: alterColumn "
                + op.table() + "." + op.column() + " needs the " + hint + "(...) hint offline; add it");
    }
}
