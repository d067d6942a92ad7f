package dev.retort.script;

/**
 * The lexical rules used to split a SQL revision into statements, which differ between databases
 * in how strings escape and how comments nest. Choose the one matching the target database.
 */
public enum SqlSyntax {
    /**
     * SQLite and H2: {@code '...'} strings with {@code ''} escapes, {@code "..."} and backquoted
     * identifiers, {@code --} and flat {@code /* *}{@code /} comments, {@code $$...$$} strings.
     */
    STANDARD(false, false, true, false),
    /**
     * PostgreSQL: as {@link #STANDARD}, plus tagged dollar quotes {@code $tag$...$tag$}, {@code
     * E'...'} strings with backslash escapes, and nested block comments.
     */
    POSTGRESQL(false, true, true, true),
    /**
     * MySQL and MariaDB: backslash escapes in {@code '...'} and {@code "..."} strings, {@code #}
     * comments, {@code --} comments only when followed by whitespace, no dollar quotes.
     */
    MYSQL(true, false, false, false);

    final boolean backslashEscapes;
    final boolean nestedComments;
    final boolean dollarQuotes;
    final boolean escapeStrings;

    SqlSyntax(boolean backslashEscapes, boolean nestedComments, boolean dollarQuotes, boolean escapeStrings) {
        this.backslashEscapes = backslashEscapes;
        this.nestedComments = nestedComments;
        this.dollarQuotes = dollarQuotes;
        this.escapeStrings = escapeStrings;
    }
}
