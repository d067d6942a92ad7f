package dev.retort.schema;

import java.util.List;

/**
 * Reads SQLite expressions as they are written in DDL (checks, index keys, partial-index
 * predicates, generated columns, trigger bodies) to tell which names they mention, as a batch
 * rebuild must know what a dropped column takes with it. Thread-safe.
 */
public final class SqliteExpressions {
    private SqliteExpressions() {}

    /**
     * Whether {@code sql} mentions {@code name} as an identifier, bare or quoted, in any case
     * (SQLite's names are case-insensitive), outside string literals. Text that cannot be tokenized
     * counts as mentioning it, so that callers err on the side of caution.
     */
    public static boolean mentions(String sql, String name) {
        List<SqliteToken> tokens;
        try {
            tokens = SqliteTokenizer.tokenize(sql);
        } catch (SqliteSyntaxException e) {
            return true;
        }
        return tokens.stream()
                .filter(t -> t.kind() == SqliteToken.Kind.WORD || t.kind() == SqliteToken.Kind.QUOTED)
                .anyMatch(t -> t.value().equalsIgnoreCase(name));
    }
}
