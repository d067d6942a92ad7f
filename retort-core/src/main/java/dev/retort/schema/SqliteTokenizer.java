package dev.retort.schema;

import dev.retort.schema.SqliteToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQLite SQL into tokens, skipping whitespace and {@code --} and {@code /* *}{@code /}
 * comments, and respecting every quoting SQLite knows: {@code 'string'}, {@code "name"},
 * {@code [name]}, {@code `name`} and {@code x'blob'}.
 */
final class SqliteTokenizer {
    private final String sql;
    private final List<SqliteToken> tokens = new ArrayList<>();
    private int i;

    private SqliteTokenizer(String sql) {
        this.sql = sql;
    }

    /** The tokens of {@code sql}, ending with one {@link Kind#END} token. */
    static List<SqliteToken> tokenize(String sql) {
        SqliteTokenizer tokenizer = new SqliteTokenizer(sql);
        tokenizer.run();
        return tokenizer.tokens;
    }

    private void run() {
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && peek(1) == '-') {
                int newline = sql.indexOf('\n', i);
                i = newline < 0 ? sql.length() : newline + 1;
            } else if (c == '/' && peek(1) == '*') {
                int close = sql.indexOf("*/", i + 2);
                i = close < 0 ? sql.length() : close + 2;
            } else if (c == '\'') {
                add(Kind.STRING, start, quoted('\''));
            } else if (c == '"' || c == '`') {
                add(Kind.QUOTED, start, quoted(c));
            } else if (c == '[') {
                add(Kind.QUOTED, start, closing(']'));
            } else if ((c == 'x' || c == 'X') && peek(1) == '\'') {
                i++;
                add(Kind.BLOB, start, quoted('\''));
            } else if (Character.isDigit(c) || (c == '.' && Character.isDigit(peek(1)))) {
                add(Kind.NUMBER, start, number());
            } else if (isWordStart(c)) {
                add(Kind.WORD, start, word());
            } else {
                add(Kind.PUNCT, start, i + 1);
            }
        }
        tokens.add(new SqliteToken(Kind.END, "", sql.length(), sql.length()));
    }

    private void add(Kind kind, int start, int end) {
        tokens.add(new SqliteToken(kind, sql.substring(start, end), start, end));
        i = end;
    }

    private char peek(int ahead) {
        return i + ahead < sql.length() ? sql.charAt(i + ahead) : '\0';
    }

    /** The end of a literal opened by {@code quote} at {@code i}, where a doubled quote escapes it. */
    private int quoted(char quote) {
        int j = i + 1;
        while (j < sql.length()) {
            if (sql.charAt(j) == quote) {
                if (j + 1 < sql.length() && sql.charAt(j + 1) == quote) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            j++;
        }
        throw unterminated(quote);
    }

    private int closing(char close) {
        int j = sql.indexOf(close, i + 1);
        if (j < 0) {
            throw unterminated(close);
        }
        return j + 1;
    }

    private int number() {
        int j = i;
        while (j < sql.length()) {
            char c = sql.charAt(j);
            boolean exponentSign =
                    (c == '+' || c == '-') && (sql.charAt(j - 1) == 'e' || sql.charAt(j - 1) == 'E') && !isHex();
            if (Character.isLetterOrDigit(c) || c == '.' || c == '_' || exponentSign) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private boolean isHex() {
        return sql.charAt(i) == '0' && (peek(1) == 'x' || peek(1) == 'X');
    }

    private int word() {
        int j = i;
        while (j < sql.length()
                && (isWordStart(sql.charAt(j)) || Character.isDigit(sql.charAt(j)) || sql.charAt(j) == '$')) {
            j++;
        }
        return j;
    }

    private static boolean isWordStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    private SqliteSyntaxException unterminated(char quote) {
        return new SqliteSyntaxException("unterminated " + quote + " quote starting at offset " + i);
    }
}
