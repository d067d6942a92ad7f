package dev.retort.script;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits SQL text into statements at each {@code ;} that is not inside a string, a quoted
 * identifier, a dollar quote or a comment. Comments between statements are dropped; comments inside
 * a statement are kept. A last statement without {@code ;} counts. Not thread-safe.
 */
final class SqlSplitter {
    private final SqlSyntax syntax;
    private final Path file;
    private String text;
    private int[] lineStarts;
    private int firstLine;

    SqlSplitter(SqlSyntax syntax, Path file) {
        this.syntax = syntax;
        this.file = file;
    }

    /** The statements of a section, in order. */
    List<SqlStatement> split(SqlSection section) {
        List<SqlStatement> statements = new ArrayList<>();
        for (SqlChunk chunk : section.chunks()) {
            if (chunk.verbatim()) {
                verbatim(chunk, statements);
            } else {
                statements.addAll(split(chunk.text(), chunk.line()));
            }
        }
        return statements;
    }

    /** The statements of {@code sql}, whose first line is line {@code firstLine} of the file. */
    List<SqlStatement> split(String sql, int firstLine) {
        start(sql, firstLine);
        List<SqlStatement> statements = new ArrayList<>();
        int n = text.length();
        int start = -1;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isLineComment(i)) {
                i = endOfLine(i);
            } else if (c == '/' && at(i + 1) == '*') {
                if (start < 0 && syntax == SqlSyntax.MYSQL && (at(i + 2) == '!' || at(i + 2) == '+')) {
                    start = i; // MySQL runs /*! ... */ comments: they are statement text
                }
                i = skipBlockComment(i);
            } else if (c == ';') {
                add(statements, start, i);
                start = -1;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                if (start < 0) {
                    start = i;
                }
                i = skipToken(i);
            }
        }
        add(statements, start, n);
        return statements;
    }

    private void verbatim(SqlChunk chunk, List<SqlStatement> statements) {
        start(chunk.text(), chunk.line());
        String sql = text.strip();
        if (sql.endsWith(";")) {
            sql = sql.substring(0, sql.length() - 1).stripTrailing();
        }
        if (!sql.isEmpty()) {
            int first = 0;
            while (Character.isWhitespace(text.charAt(first))) {
                first++;
            }
            statements.add(new SqlStatement(sql, lineAt(first)));
        }
    }

    private void start(String sql, int line) {
        this.text = sql;
        this.firstLine = line;
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < sql.length(); i++) {
            if (sql.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    private void add(List<SqlStatement> statements, int start, int end) {
        if (start >= 0) {
            String sql = text.substring(start, end).strip();
            if (sql.regionMatches(true, 0, "DELIMITER", 0, 9)
                    && (sql.length() == 9 || Character.isWhitespace(sql.charAt(9)))) {
                throw error(
                        start,
                        "DELIMITER is a mysql client command, not SQL; wrap the statement in"
                                + " \"-- +retort statement-begin\" and \"-- +retort statement-end\" instead");
            }
            if (!sql.isEmpty()) {
                statements.add(new SqlStatement(sql, lineAt(start)));
            }
        }
    }

    private int skipToken(int i) {
        char c = text.charAt(i);
        if (c == '\'') {
            return skipQuoted(i, '\'', syntax.backslashEscapes);
        } else if (c == '"') {
            return skipQuoted(i, '"', syntax.backslashEscapes);
        } else if (c == '`') {
            return skipQuoted(i, '`', false);
        } else if (c == '$' && syntax.dollarQuotes) {
            return skipDollarQuote(i);
        } else if (isWordPart(c)) {
            int j = i;
            while (j < text.length() && isWordPart(text.charAt(j))) {
                j++;
            }
            boolean escapeString = j == i + 1 && (c == 'E' || c == 'e') && at(j) == '\'';
            return escapeString && syntax.escapeStrings ? skipQuoted(j, '\'', true) : j;
        }
        return i + 1;
    }

    private int skipQuoted(int open, char quote, boolean backslash) {
        int n = text.length();
        int i = open + 1;
        while (i < n) {
            char c = text.charAt(i);
            if (backslash && c == '\\') {
                i += 2;
            } else if (c == quote && at(i + 1) == quote) {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        String what =
                quote == '\'' || syntax == SqlSyntax.MYSQL && quote == '"' ? "string literal" : "quoted identifier";
        throw error(
                open,
                "unterminated " + what + " opened here; close the " + quote + " (a " + quote + " inside is written "
                        + quote + quote + ")");
    }

    private int skipDollarQuote(int open) {
        int j = open + 1;
        if (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '_')) {
            while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
                j++;
            }
        }
        if (at(j) != '$') {
            return open + 1; // a $1 parameter or a lone $, not a dollar quote
        }
        String tag = text.substring(open, j + 1);
        int close = text.indexOf(tag, j + 1);
        if (close < 0) {
            throw error(open, "unterminated dollar-quoted string opened here; close it with " + tag);
        }
        return close + tag.length();
    }

    private int skipBlockComment(int open) {
        int depth = 0;
        int i = open;
        int n = text.length();
        while (i < n) {
            if (text.startsWith("/*", i) && (depth == 0 || syntax.nestedComments)) {
                depth++;
                i += 2;
            } else if (text.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        throw error(open, "unterminated block comment opened here; close it with */");
    }

    private boolean isLineComment(int i) {
        char c = text.charAt(i);
        if (c == '#') {
            return syntax == SqlSyntax.MYSQL;
        }
        if (c != '-' || at(i + 1) != '-') {
            return false;
        }
        // MySQL reads "--" as a comment only before whitespace: 1--1 is 1 - (-1)
        return syntax != SqlSyntax.MYSQL || i + 2 >= text.length() || Character.isWhitespace(text.charAt(i + 2));
    }

    private int endOfLine(int i) {
        int end = text.indexOf('\n', i);
        return end < 0 ? text.length() : end;
    }

    private char at(int i) {
        return i < text.length() ? text.charAt(i) : '\0';
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private int lineAt(int index) {
        int found = Arrays.binarySearch(lineStarts, index);
        int line = found >= 0 ? found : -found - 2;
        return firstLine + line;
    }

    private RevisionFileException error(int index, String problem) {
        return new RevisionFileException(file, lineAt(index), problem);
    }
}
