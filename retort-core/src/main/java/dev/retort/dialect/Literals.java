package dev.retort.dialect;

import dev.retort.RetortException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.UUID;

/** Renders the portable literal forms shared by the dialects; dialect-specific ones are hooks of {@link StandardDialect}. */
final class Literals {
    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .appendPattern("HH:mm:ss")
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .toFormatter();
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral(' ')
            .append(TIME)
            .toFormatter();
    private static final DateTimeFormatter OFFSET_DATE_TIME = new DateTimeFormatterBuilder()
            .append(DATE_TIME)
            .appendOffset("+HH:MM", "+00:00")
            .toFormatter();

    private Literals() {}

    /** The text of a number literal; non-finite floating-point values have none. */
    static String number(Number value) {
        if (value instanceof BigDecimal) {
            return ((BigDecimal) value).toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = value.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new RetortException(
                        "the number " + value + " has no SQL literal; use ServerDefault.expression(...)");
            }
        }
        return value.toString();
    }

    /** The text (unquoted) of a date, time, UUID or other value rendered as a string; null if none. */
    static String text(Object value) {
        if (value instanceof CharSequence || value instanceof Character) {
            return value.toString();
        }
        if (value instanceof Enum) {
            return ((Enum<?>) value).name();
        }
        if (value instanceof LocalDate) {
            return value.toString();
        }
        if (value instanceof LocalTime) {
            return TIME.format((LocalTime) value);
        }
        if (value instanceof LocalDateTime) {
            return DATE_TIME.format((LocalDateTime) value);
        }
        if (value instanceof OffsetDateTime) {
            return OFFSET_DATE_TIME.format((OffsetDateTime) value);
        }
        if (value instanceof Instant) {
            return OFFSET_DATE_TIME.format(((Instant) value).atOffset(ZoneOffset.UTC));
        }
        if (value instanceof UUID) {
            return value.toString();
        }
        return null;
    }

    /** Upper-case hexadecimal digits of the bytes. */
    static String hex(byte[] bytes) {
        StringBuilder hex = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return hex.toString().toUpperCase(java.util.Locale.ROOT);
    }
}
