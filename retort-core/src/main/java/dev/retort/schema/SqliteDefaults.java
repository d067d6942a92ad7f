package dev.retort.schema;

import dev.retort.schema.SqliteToken.Kind;
import java.util.List;

/**
 * Writes a default for a SQLite column definition. SQLite accepts a bare literal (a number,
 * possibly signed, a string, a blob, {@code NULL}, {@code CURRENT_TIMESTAMP}, a name) but wants
 * any other expression in parentheses; a reflected default is already in one of those forms and is
 * kept as written.
 */
final class SqliteDefaults {
    private SqliteDefaults() {}

    static String render(String expression) {
        List<SqliteToken> tokens;
        try {
            tokens = SqliteTokenizer.tokenize(expression);
        } catch (SqliteSyntaxException e) {
            return "(" + expression + ")"; // SQLite will report the broken literal itself
        }
        return isBare(tokens) ? expression : "(" + expression + ")";
    }

    private static boolean isBare(List<SqliteToken> tokens) {
        int count = tokens.size() - 1; // without END
        if (count == 1) {
            return tokens.get(0).kind() != Kind.PUNCT;
        }
        if (count == 2) {
            return (tokens.get(0).is('-') || tokens.get(0).is('+'))
                    && tokens.get(1).kind() == Kind.NUMBER;
        }
        return count > 2 && tokens.get(0).is('(') && closesAtEnd(tokens);
    }

    /** Whether the parenthesis opened by the first token closes at the last one. */
    private static boolean closesAtEnd(List<SqliteToken> tokens) {
        int depth = 0;
        for (int i = 0; i < tokens.size() - 1; i++) {
            depth += tokens.get(i).is('(') ? 1 : tokens.get(i).is(')') ? -1 : 0;
            if (depth == 0) {
                return i == tokens.size() - 2;
            }
        }
        return false;
    }
}
