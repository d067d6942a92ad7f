package dev.retort.dialect;

import dev.retort.RetortException;
import java.util.Locale;
import java.util.Set;

/**
 * Quotes identifiers only where a database needs it: reserved words of that database, names whose
 * case the database would fold, and names with characters outside {@code [A-Za-z0-9_]} (or
 * starting with a digit). Embedded quote characters are doubled, so no name can break out of its
 * quotes. Immutable.
 */
public final class IdentifierQuoting {
    private final char quote;
    private final Set<String> reservedWords;
    private final boolean foldsCase;

    /**
     * Creates the quoting rules of one database.
     *
     * @param quote the quote character ({@code "} or a backquote)
     * @param reservedWords the words that must be quoted, in upper case
     * @param foldsCase whether unquoted names change case (PostgreSQL folds to lower, H2 to upper):
     *     then any name with an upper-case letter is quoted, so that it keeps its exact spelling and
     *     lower-case names stay unquoted and portable
     */
    public IdentifierQuoting(char quote, Set<String> reservedWords, boolean foldsCase) {
        this.quote = quote;
        this.reservedWords = Set.copyOf(reservedWords);
        this.foldsCase = foldsCase;
    }

    /** The identifier, quoted if needed. */
    public String quote(String identifier) {
        if (identifier == null || identifier.isEmpty()) {
            throw new RetortException("an identifier must not be empty");
        }
        if (identifier.indexOf('\0') >= 0) {
            throw new RetortException("an identifier must not contain a NUL character");
        }
        if (!needsQuoting(identifier)) {
            return identifier;
        }
        String q = String.valueOf(quote);
        return q + identifier.replace(q, q + q) + q;
    }

    /** Whether the identifier must be quoted. */
    public boolean needsQuoting(String identifier) {
        // plain: [A-Za-z_][A-Za-z0-9_]* (a loop, not a regex: it runs for every name of every statement)
        boolean upperCase = false;
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            boolean upper = c >= 'A' && c <= 'Z';
            if (!(upper || (c >= 'a' && c <= 'z') || c == '_' || (i > 0 && c >= '0' && c <= '9'))) {
                return true;
            }
            upperCase |= upper;
        }
        return identifier.isEmpty()
                || (foldsCase && upperCase)
                || reservedWords.contains(identifier.toUpperCase(Locale.ROOT));
    }

    /** Whether the word is reserved in this database. */
    public boolean isReserved(String word) {
        return reservedWords.contains(word.toUpperCase(Locale.ROOT));
    }
}
