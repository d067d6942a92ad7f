package dev.retort.schema;

/**
 * One token of SQLite DDL, with its place in the source so that expressions can be cut out
 * verbatim.
 */
record SqliteToken(Kind kind, String text, int start, int end) {

    /** What a token is; comments and whitespace are not tokens. */
    enum Kind {
        /** A bare identifier or keyword. */
        WORD,
        /** An identifier in {@code "x"}, {@code [x]} or {@code `x`}. */
        QUOTED,
        /** A string literal {@code 'x'}. */
        STRING,
        NUMBER,
        /** A blob literal {@code x'0F'}. */
        BLOB,
        /** One character of punctuation or an operator. */
        PUNCT,
        /** After the last token. */
        END
    }

    /** Whether this is the bare keyword {@code keyword}, in any case. */
    boolean is(String keyword) {
        return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }

    /** Whether this is the punctuation character {@code c}. */
    boolean is(char c) {
        return kind == Kind.PUNCT && text.charAt(0) == c;
    }

    /** Whether this token can name something (SQLite also accepts string literals as names). */
    boolean isName() {
        return kind == Kind.WORD || kind == Kind.QUOTED || kind == Kind.STRING;
    }

    /** The name this token spells, with quotes removed and doubled quotes undone. */
    String value() {
        switch (kind) {
            case QUOTED:
                char open = text.charAt(0);
                String inner = text.substring(1, text.length() - 1);
                return open == '[' ? inner : inner.replace(String.valueOf(open) + open, String.valueOf(open));
            case STRING:
                return text.substring(1, text.length() - 1).replace("''", "'");
            default:
                return text;
        }
    }

    /** How a parse error shows this token. */
    String describe() {
        return kind == Kind.END ? "the end of the statement" : "'" + text + "'";
    }
}
