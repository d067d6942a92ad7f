package dev.retort.ops;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A portable column type. Each dialect renders it the way its database spells it (for example
 * {@code uuid} is {@code UUID} on PostgreSQL and {@code CHAR(36)} on MySQL). Create types with
 * {@link Types}.
 *
 * @param kind the portable type
 * @param length the length of {@code string(n)} and {@code binary(n)}, 0 when not given
 * @param precision the precision of {@code numeric(p, s)}, 0 when not given
 * @param scale the scale of {@code numeric(p, s)} (0 when not given)
 * @param values the allowed values of an {@code enumeration}, empty otherwise
 * @param sql the literal type text of a {@link Kind#RAW} type, empty otherwise
 */
public record SqlType(Kind kind, int length, int precision, int scale, List<String> values, String sql) {
    /** The portable types. */
    public enum Kind {
        INTEGER,
        BIGINT,
        SMALLINT,
        BOOLEAN,
        STRING,
        TEXT,
        DATE,
        TIME,
        TIMESTAMP,
        TIMESTAMP_WITH_TIME_ZONE,
        NUMERIC,
        FLOAT,
        DOUBLE,
        BINARY,
        UUID,
        JSON,
        ENUM,
        RAW
    }

    /** Validates and copies the components. */
    public SqlType {
        Objects.requireNonNull(kind, "kind");
        values = List.copyOf(values);
        Objects.requireNonNull(sql, "sql");
    }

    static SqlType of(Kind kind) {
        return new SqlType(kind, 0, 0, 0, List.of(), "");
    }

    /** The length of the longest allowed value of an enumeration (0 for other types). */
    public int longestValue() {
        return values.stream().mapToInt(String::length).max().orElse(0);
    }

    /** The portable spelling, as written with {@link Types}: {@code numeric(10, 2)}. */
    @Override
    public String toString() {
        switch (kind) {
            case STRING:
            case BINARY:
                return name() + (length > 0 ? "(" + length + ")" : "()");
            case NUMERIC:
                return precision > 0 ? "numeric(" + precision + ", " + scale + ")" : "numeric()";
            case ENUM:
                return values.stream().collect(Collectors.joining(", ", "enumeration(", ")"));
            case RAW:
                return "raw(" + sql + ")";
            default:
                return name() + "()";
        }
    }

    private String name() {
        String lower = kind.name().toLowerCase(java.util.Locale.ROOT);
        switch (kind) {
            case BOOLEAN:
                return "bool";
            case FLOAT:
                return "floatType";
            case DOUBLE:
                return "doubleType";
            case TIMESTAMP_WITH_TIME_ZONE:
                return "timestampWithTimeZone";
            default:
                return lower;
        }
    }
}
