package dev.retort.ops;

import dev.retort.ops.SqlType.Kind;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/**
 * The portable column types, named after their SQL counterparts. How each renders per database is
 * documented on the dialects; the choices that differ most are: {@code bool()} is {@code BOOLEAN}
 * (MySQL stores it as {@code TINYINT(1)}), {@code uuid()} is native on PostgreSQL and H2 and {@code
 * CHAR(36)} elsewhere, {@code json()} is {@code JSONB} on PostgreSQL and {@code TEXT} on SQLite, and
 * {@code enumeration(...)} is a native {@code ENUM} on MySQL and H2 and {@code VARCHAR} with a
 * {@code CHECK} constraint on PostgreSQL and SQLite.
 */
public final class Types {
    private Types() {}

    /** A 32-bit integer. */
    public static SqlType integer() {
        return SqlType.of(Kind.INTEGER);
    }

    /** A 64-bit integer. */
    public static SqlType bigint() {
        return SqlType.of(Kind.BIGINT);
    }

    /** A 16-bit integer. */
    public static SqlType smallint() {
        return SqlType.of(Kind.SMALLINT);
    }

    /** A boolean. */
    public static SqlType bool() {
        return SqlType.of(Kind.BOOLEAN);
    }

    /** A variable-length string of at most {@code length} characters: {@code VARCHAR(length)}. */
    public static SqlType string(int length) {
        positive(length, "string length");
        return new SqlType(Kind.STRING, length, 0, 0, List.of(), "");
    }

    /** A variable-length string without a declared length (MySQL requires one). */
    public static SqlType string() {
        return SqlType.of(Kind.STRING);
    }

    /** Unbounded text. */
    public static SqlType text() {
        return SqlType.of(Kind.TEXT);
    }

    /** A calendar date. */
    public static SqlType date() {
        return SqlType.of(Kind.DATE);
    }

    /** A time of day. */
    public static SqlType time() {
        return SqlType.of(Kind.TIME);
    }

    /** A date and time without time zone. */
    public static SqlType timestamp() {
        return SqlType.of(Kind.TIMESTAMP);
    }

    /** A date and time with time zone (on MySQL, which has none, a {@code DATETIME(6)} holding UTC). */
    public static SqlType timestampWithTimeZone() {
        return SqlType.of(Kind.TIMESTAMP_WITH_TIME_ZONE);
    }

    /** An exact decimal number with the database's default precision. */
    public static SqlType numeric() {
        return SqlType.of(Kind.NUMERIC);
    }

    /** An exact decimal integer of {@code precision} digits. */
    public static SqlType numeric(int precision) {
        return numeric(precision, 0);
    }

    /** An exact decimal number of {@code precision} digits, {@code scale} of them after the point. */
    public static SqlType numeric(int precision, int scale) {
        positive(precision, "numeric precision");
        if (scale < 0 || scale > precision) {
            throw new InvalidOperationException(
                    "numeric(" + precision + ", " + scale + "): scale must be between 0 and the precision");
        }
        return new SqlType(Kind.NUMERIC, 0, precision, scale, List.of(), "");
    }

    /** A single-precision floating-point number. */
    public static SqlType floatType() {
        return SqlType.of(Kind.FLOAT);
    }

    /** A double-precision floating-point number. */
    public static SqlType doubleType() {
        return SqlType.of(Kind.DOUBLE);
    }

    /** Unbounded binary data. */
    public static SqlType binary() {
        return SqlType.of(Kind.BINARY);
    }

    /** Variable-length binary data of at most {@code length} bytes. */
    public static SqlType binary(int length) {
        positive(length, "binary length");
        return new SqlType(Kind.BINARY, length, 0, 0, List.of(), "");
    }

    /** A UUID. */
    public static SqlType uuid() {
        return SqlType.of(Kind.UUID);
    }

    /** A JSON document. */
    public static SqlType json() {
        return SqlType.of(Kind.JSON);
    }

    /** One of a fixed set of string values. */
    public static SqlType enumeration(String... values) {
        if (values.length == 0) {
            throw new InvalidOperationException("enumeration(): give at least one value");
        }
        if (new HashSet<>(Arrays.asList(values)).size() != values.length) {
            throw new InvalidOperationException("enumeration" + Arrays.toString(values) + ": values must be distinct");
        }
        for (String value : values) {
            if (value == null || value.isEmpty()) {
                throw new InvalidOperationException("enumeration(): values must be non-empty strings");
            }
        }
        return new SqlType(Kind.ENUM, 0, 0, 0, List.of(values), "");
    }

    /** One of the constant names of a Java enum. */
    public static SqlType enumeration(Class<? extends Enum<?>> type) {
        return enumeration(
                Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray(String[]::new));
    }

    /**
     * A type written as literal SQL, passed through unchanged to every database: the escape hatch
     * for what the portable types do not cover ({@code raw("CITEXT")}).
     */
    public static SqlType raw(String sql) {
        if (sql == null || sql.isBlank()) {
            throw new InvalidOperationException("raw(): give the type's SQL text");
        }
        return new SqlType(Kind.RAW, 0, 0, 0, List.of(), sql.strip());
    }

    private static void positive(int value, String what) {
        if (value <= 0) {
            throw new InvalidOperationException(what + " must be positive, got " + value);
        }
    }
}
