package dev.retort.schema;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes an H2 column's type from {@code INFORMATION_SCHEMA.COLUMNS}, which keeps the parts
 * (name, length, precision, scale) but no declaration text: {@code CHARACTER VARYING(20)},
 * {@code NUMERIC(10,2)}, {@code TIMESTAMP(3) WITH TIME ZONE}. Precision is shown only when declared
 * (decimals) or when it differs from the default (times).
 */
final class H2Types {
    /** The columns {@link #declaredType} reads, in this order, starting at the given index. */
    static final String COLUMNS = "DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, DATETIME_PRECISION, DECLARED_DATA_TYPE,"
            + " DECLARED_NUMERIC_PRECISION, DECLARED_NUMERIC_SCALE";

    private static final List<String> SIZED =
            List.of("CHARACTER", "CHARACTER VARYING", "VARCHAR_IGNORECASE", "BINARY", "BINARY VARYING");
    private static final List<String> DECIMAL = List.of("NUMERIC", "DECIMAL", "DECFLOAT");

    private H2Types() {}

    static String declaredType(ResultSet row, int first) throws SQLException {
        String type = row.getString(first);
        if (SIZED.contains(type)) {
            return withArguments(type, row.getString(first + 1));
        }
        if (DECIMAL.contains(type)) {
            String declared = row.getString(first + 3) != null ? row.getString(first + 3) : type;
            String precision = row.getString(first + 4);
            String scale = row.getString(first + 5);
            return precision == null
                    ? declared
                    : withArguments(declared, scale == null ? precision : precision + "," + scale);
        }
        int defaultPrecision = type.startsWith("TIMESTAMP") ? 6 : type.startsWith("TIME") ? 0 : -1;
        int precision = row.getInt(first + 2);
        if (defaultPrecision >= 0 && !row.wasNull() && precision != defaultPrecision) {
            String word = type.startsWith("TIMESTAMP") ? "TIMESTAMP" : "TIME";
            return word + "(" + precision + ")" + type.substring(word.length());
        }
        return type;
    }

    private static String withArguments(String type, String arguments) {
        return arguments == null ? type : type + "(" + arguments + ")";
    }
}
