package dev.retort.script;

import java.nio.file.Path;

/**
 * Just enough of a Java lexer to find annotations: identifiers, string literals (text blocks
 * included, with their values decoded) and punctuation, skipping whitespace, comments and char
 * literals. Numbers and operators come out as single-character punctuation or {@link Kind#OTHER};
 * nothing here needs them. Not thread-safe.
 */
final class JavaLexer {
    /** What the current token is. */
    enum Kind {
        IDENTIFIER,
        STRING,
        PUNCTUATION,
        OTHER,
        END
    }

    private final Path file;
    private final String text;
    private int pos;
    private int line = 1;

    private Kind kind;
    private String value;
    private int tokenLine;

    JavaLexer(Path file, String text) {
        this.file = file;
        this.text = text;
        next();
    }

    Kind kind() {
        return kind;
    }

    /** The identifier, the decoded string, or the punctuation character. */
    String value() {
        return value;
    }

    int line() {
        return tokenLine;
    }

    boolean is(Kind expected, String expectedValue) {
        return kind == expected && value.equals(expectedValue);
    }

    boolean isPunctuation(char c) {
        return kind == Kind.PUNCTUATION && value.charAt(0) == c;
    }

    /** Moves to the next token. */
    void next() {
        skipSpaceAndComments();
        tokenLine = line;
        if (pos >= text.length()) {
            kind = Kind.END;
            value = "";
            return;
        }
        char c = text.charAt(pos);
        if (c == '"') {
            kind = Kind.STRING;
            value = text.startsWith("\"\"\"", pos) ? textBlock() : string();
        } else if (c == '\'') {
            charLiteral();
        } else if (Character.isJavaIdentifierStart(c)) {
            int start = pos;
            while (pos < text.length() && Character.isJavaIdentifierPart(text.charAt(pos))) {
                pos++;
            }
            kind = Kind.IDENTIFIER;
            value = text.substring(start, pos);
        } else if (Character.isDigit(c)) {
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
            kind = Kind.OTHER;
            value = "";
        } else {
            pos++;
            kind = Kind.PUNCTUATION;
            value = String.valueOf(c);
        }
    }

    private void skipSpaceAndComments() {
        int n = text.length();
        while (pos < n) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '/' && pos + 1 < n && text.charAt(pos + 1) == '/') {
                int end = text.indexOf('\n', pos);
                pos = end < 0 ? n : end;
            } else if (c == '/' && pos + 1 < n && text.charAt(pos + 1) == '*') {
                int end = text.indexOf("*/", pos + 2);
                if (end < 0) {
                    throw error(line, "unterminated comment opened here; close it with */");
                }
                countLines(pos, end);
                pos = end + 2;
            } else {
                return;
            }
        }
    }

    private String string() {
        int start = ++pos;
        while (pos < text.length() && text.charAt(pos) != '"' && text.charAt(pos) != '\n') {
            pos += text.charAt(pos) == '\\' ? 2 : 1;
        }
        if (pos >= text.length() || text.charAt(pos) != '"') {
            throw error(line, "unterminated string literal; close it with \" on the same line");
        }
        return decode(text.substring(start, pos++), false);
    }

    private String textBlock() {
        int open = line;
        pos += 3;
        while (pos < text.length() && text.charAt(pos) != '\n' && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        if (pos >= text.length() || text.charAt(pos) != '\n') {
            throw error(open, "a text block's opening \"\"\" must end its line");
        }
        int start = ++pos;
        line++;
        while (pos < text.length() && !text.startsWith("\"\"\"", pos)) {
            if (text.charAt(pos) == '\n') {
                line++;
            }
            pos += text.charAt(pos) == '\\' ? 2 : 1;
        }
        if (pos >= text.length()) {
            throw error(open, "unterminated text block opened here; close it with \"\"\"");
        }
        String raw = text.substring(start, pos);
        pos += 3;
        return decode(raw, true);
    }

    private void charLiteral() {
        pos++;
        while (pos < text.length() && text.charAt(pos) != '\'' && text.charAt(pos) != '\n') {
            pos += text.charAt(pos) == '\\' ? 2 : 1;
        }
        if (pos >= text.length() || text.charAt(pos) != '\'') {
            throw error(line, "unterminated character literal");
        }
        pos++;
        kind = Kind.OTHER;
        value = "";
    }

    private String decode(String raw, boolean textBlock) {
        String s = unicodeEscapes(raw);
        try {
            return (textBlock ? s.stripIndent() : s).translateEscapes();
        } catch (IllegalArgumentException e) {
            throw error(tokenLine, "invalid escape sequence in a string literal: " + e.getMessage());
        }
    }

    /** Replaces {@code \}{@code uXXXX} escapes, which Java applies before lexing. */
    private String unicodeEscapes(String raw) {
        if (!raw.contains("\\u")) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        int backslashes = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && backslashes % 2 == 0 && i + 1 < raw.length() && raw.charAt(i + 1) == 'u') {
                int j = i + 1;
                while (j < raw.length() && raw.charAt(j) == 'u') {
                    j++;
                }
                if (j + 4 > raw.length()) {
                    throw error(tokenLine, "malformed unicode escape in a string literal");
                }
                try {
                    out.append((char) Integer.parseInt(raw.substring(j, j + 4), 16));
                } catch (NumberFormatException e) {
                    throw error(tokenLine, "malformed unicode escape in a string literal");
                }
                i = j + 3;
                backslashes = 0;
            } else {
                out.append(c);
                backslashes = c == '\\' ? backslashes + 1 : 0;
            }
        }
        return out.toString();
    }

    private void countLines(int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
    }

    RevisionFileException error(int at, String problem) {
        return new RevisionFileException(file, at, problem);
    }
}
