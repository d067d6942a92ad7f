package dev.retort.data;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Writes a key (one value per key column) as text for the checkpoint table and reads it back as
 * values that bind like the originals: each value as {@code type:text}, separated by commas, with
 * backslash escapes.
 */
final class KeyCodec {
    private KeyCodec() {}

    static String encode(List<Object> key) {
        StringBuilder out = new StringBuilder();
        for (Object value : key) {
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(tagged(value).replace("\\", "\\\\").replace(",", "\\,"));
        }
        return out.toString();
    }

    static List<Object> decode(String text) {
        List<Object> values = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                item.append(text.charAt(++i));
            } else if (c == ',') {
                values.add(value(item.toString()));
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        values.add(value(item.toString()));
        return values;
    }

    /** Whether a key value can be written to a checkpoint and read back. */
    static boolean supports(Object value) {
        try {
            tagged(value);
            return true;
        } catch (BackfillException e) {
            return false;
        }
    }

    private static String tagged(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return "i:" + value;
        } else if (value instanceof BigDecimal d) {
            return "n:" + d.toPlainString();
        } else if (value instanceof String s) {
            return "s:" + s;
        } else if (value instanceof UUID u) {
            return "u:" + u;
        } else if (value instanceof Date d) {
            return "d:" + d.toLocalDate();
        } else if (value instanceof LocalDate d) {
            return "d:" + d;
        } else if (value instanceof Timestamp t) {
            return "t:" + t.toLocalDateTime();
        } else if (value instanceof LocalDateTime t) {
            return "t:" + t;
        } else if (value instanceof OffsetDateTime t) {
            return "o:" + t;
        } else if (value instanceof byte[] b) {
            return "b:" + Base64.getEncoder().encodeToString(b);
        }
        throw new BackfillException("a key value of type "
                + (value == null ? "null" : value.getClass().getName())
                + " cannot be kept in a checkpoint; walk a key of numbers, text, UUIDs, dates or bytes");
    }

    private static Object value(String tagged) {
        String text = tagged.substring(2);
        return switch (tagged.charAt(0)) {
            case 'i' -> Long.valueOf(text);
            case 'n' -> new BigDecimal(text);
            case 's' -> text;
            case 'u' -> UUID.fromString(text);
            case 'd' -> LocalDate.parse(text);
            case 't' -> LocalDateTime.parse(text);
            case 'o' -> OffsetDateTime.parse(text);
            case 'b' -> Base64.getDecoder().decode(text);
            default ->
                throw new BackfillException("the checkpoint's key is not in a form Retort wrote: " + tagged.charAt(0));
        };
    }
}
