package dev.retort.dialect;

import dev.retort.RetortException;
import java.util.List;
import java.util.function.Function;

/**
 * Replaces the {@code ?} placeholders of hand-written SQL with literals, for offline scripts. A
 * {@code ?} inside a string, a quoted identifier, a comment or a PostgreSQL dollar-quoted body is
 * not a placeholder.
 */
final class Placeholders {
    private Placeholders() {}

    static String substitute(
            String sql, List<Object> params, Function<Object, String> literal, boolean backslashEscapes) {
        StringBuilder out = new StringBuilder(sql.length() + params.size() * 8);
        int next = 0;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int end;
            if (c == '\'' || c == '"' || c == '`') {
                end = closeQuote(sql, i, c, backslashEscapes && c == '\'');
            } else if (c == '-' && sql.startsWith("--", i)) {
                end = lineEnd(sql, i);
            } else if (c == '/' && sql.startsWith("/*", i)) {
                int close = sql.indexOf("*/", i + 2);
                end = close < 0 ? sql.length() : close + 2;
            } else if (c == '$' && (i == 0 || !Character.isLetterOrDigit(sql.charAt(i - 1)))) {
                end = dollarQuoteEnd(sql, i);
            } else if (c == '?') {
                if (next >= params.size()) {
                    throw mismatch(sql, params.size());
                }
                out.append(literal.apply(params.get(next++)));
                i++;
                continue;
            } else {
                end = i + 1;
            }
            out.append(sql, i, end);
            i = end;
        }
        if (next != params.size()) {
            throw mismatch(sql, params.size());
        }
        return out.toString();
    }

    private static RetortException mismatch(String sql, int given) {
        long placeholders = sql.chars().filter(ch -> ch == '?').count();
        return new RetortException("execute: " + given + " parameter(s) given for a statement with " + placeholders
                + " '?' placeholder(s): " + firstLine(sql));
    }

    private static String firstLine(String sql) {
        String line = sql.strip().lines().findFirst().orElse("");
        return line.length() > 80 ? line.substring(0, 80) + "..." : line;
    }

    private static int closeQuote(String sql, int start, char quote, boolean backslashEscapes) {
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    private static int lineEnd(String sql, int start) {
        int newline = sql.indexOf('\n', start);
        return newline < 0 ? sql.length() : newline + 1;
    }

    /** The end of a {@code $tag$...$tag$} body starting at {@code start}, or just past a lone {@code $}. */
    private static int dollarQuoteEnd(String sql, int start) {
        int close = sql.indexOf('$', start + 1);
        if (close < 0) {
            return start + 1;
        }
        String tag = sql.substring(start, close + 1);
        if (!tag.matches("\\$([A-Za-z_][A-Za-z0-9_]*)?\\$")) {
            return start + 1;
        }
        int end = sql.indexOf(tag, close + 1);
        return end < 0 ? sql.length() : end + tag.length();
    }
}
