package dev.retort.dialect.mysql;

import dev.retort.RetortException;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.ServerDefault;
import dev.retort.ops.Types;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/** Reads a column's current definition from {@code information_schema} to fill the hints an {@code alterColumn} lacks. */
final class MysqlColumnReader {
    private static final String QUERY = "SELECT COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, COLUMN_COMMENT, EXTRA"
            + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND COLUMN_NAME = ?";

    private MysqlColumnReader() {}

    static AlterColumn withExistingState(AlterColumn op, Connection connection) {
        try (PreparedStatement query = connection.prepareStatement(QUERY)) {
            query.setString(1, op.table());
            query.setString(2, op.column());
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    throw new RetortException("alterColumn " + op.table() + "." + op.column()
                            + ": no such column in the current database; check the table and column names");
                }
                boolean mariaDb =
                        connection.getMetaData().getDatabaseProductVersion().contains("MariaDB");
                String extra = rs.getString("EXTRA").toLowerCase(Locale.ROOT);
                return new AlterColumn(
                        op.table(),
                        op.column(),
                        op.newName(),
                        op.type(),
                        op.using(),
                        op.nullable(),
                        op.serverDefault(),
                        op.comment(),
                        op.existingType().or(() -> Optional.of(Types.raw(string(rs, "COLUMN_TYPE")))),
                        op.existingNullable().or(() -> Optional.of(yes(rs))),
                        op.existingServerDefault()
                                .or(() -> Optional.of(serverDefault(string(rs, "COLUMN_DEFAULT"), extra, mariaDb))),
                        op.existingComment().or(() -> Optional.of(string(rs, "COLUMN_COMMENT"))),
                        op.existingAutoIncrement().or(() -> Optional.of(extra.contains("auto_increment"))));
            }
        } catch (SQLException e) {
            throw new RetortException(
                    "alterColumn " + op.table() + "." + op.column()
                            + ": cannot read the column's definition from information_schema (" + e.getMessage() + ")",
                    e);
        }
    }

    private static boolean yes(ResultSet rs) {
        return "YES".equalsIgnoreCase(string(rs, "IS_NULLABLE"));
    }

    private static String string(ResultSet rs, String column) {
        try {
            String value = rs.getString(column);
            return value == null ? "" : value;
        } catch (SQLException e) {
            throw new RetortException("reading information_schema." + column + ": " + e.getMessage(), e);
        }
    }

    /**
     * MariaDB reports a default as SQL text ({@code 'active'}, {@code 0}, {@code current_timestamp()},
     * {@code NULL}); MySQL reports a literal's bare value and marks expressions {@code DEFAULT_GENERATED}.
     */
    static ServerDefault serverDefault(String reported, String extra, boolean mariaDb) {
        if (reported.isEmpty() && !extra.contains("default_generated")) {
            return ServerDefault.none();
        }
        if (mariaDb) {
            return reported.equalsIgnoreCase("NULL") ? ServerDefault.none() : ServerDefault.expression(reported);
        }
        if (extra.contains("default_generated")) {
            boolean timestamp = reported.toUpperCase(Locale.ROOT).startsWith("CURRENT_TIMESTAMP");
            return ServerDefault.expression(timestamp ? reported : "(" + reported + ")");
        }
        return ServerDefault.of(reported);
    }
}
