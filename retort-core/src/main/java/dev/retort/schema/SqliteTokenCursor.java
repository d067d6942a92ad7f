package dev.retort.schema;

import java.util.ArrayList;
import java.util.List;

/** Walks the tokens of one SQLite statement for the DDL parsers. Not thread-safe. */
final class SqliteTokenCursor {
    private final String sql;
    private final List<SqliteToken> tokens;
    private int position;

    SqliteTokenCursor(String sql) {
        this.sql = sql;
        this.tokens = SqliteTokenizer.tokenize(sql);
    }

    SqliteToken peek() {
        return peek(0);
    }

    SqliteToken peek(int ahead) {
        return tokens.get(Math.min(position + ahead, tokens.size() - 1));
    }

    SqliteToken next() {
        SqliteToken token = peek();
        if (token.kind() != SqliteToken.Kind.END) {
            position++;
        }
        return token;
    }

    int position() {
        return position;
    }

    /** Moves back (or forward) to token {@code index}, to read a stretch twice. */
    void seek(int index) {
        position = index;
    }

    boolean atEnd() {
        return peek().kind() == SqliteToken.Kind.END;
    }

    boolean at(String keyword) {
        return peek().is(keyword);
    }

    boolean at(char punct) {
        return peek().is(punct);
    }

    boolean accept(String keyword) {
        if (at(keyword)) {
            position++;
            return true;
        }
        return false;
    }

    boolean accept(char punct) {
        if (at(punct)) {
            position++;
            return true;
        }
        return false;
    }

    void expect(String keyword) {
        if (!accept(keyword)) {
            throw error(keyword);
        }
    }

    void expect(char punct) {
        if (!accept(punct)) {
            throw error("'" + punct + "'");
        }
    }

    /** Consumes a name (bare, quoted or a string literal) and returns it unquoted. */
    String name() {
        if (!peek().isName()) {
            throw error("a name");
        }
        return next().value();
    }

    /** Consumes a parenthesized group, nested groups included, and returns its inside verbatim. */
    String group() {
        int open = position;
        skipGroup();
        return text(open + 1, position - 1);
    }

    /** Consumes a parenthesized group and returns the token ranges of its top-level items. */
    List<int[]> groupItems() {
        expect('(');
        List<int[]> items = new ArrayList<>();
        int start = position;
        while (!at(')')) {
            if (atEnd()) {
                throw error("')'");
            }
            if (at(',')) {
                items.add(new int[] {start, position});
                next();
                start = position;
            } else if (at('(')) {
                skipGroup();
            } else {
                next();
            }
        }
        items.add(new int[] {start, position});
        next();
        return items;
    }

    /**
     * Consumes a parenthesized list of column names, each perhaps followed by words such as
     * {@code COLLATE x}, {@code ASC} or {@code DESC}, and returns the names.
     */
    List<String> columnNames() {
        List<String> names = new ArrayList<>();
        for (int[] item : groupItems()) {
            SqliteToken first = tokens.get(item[0]);
            if (item[0] >= item[1] || !first.isName()) {
                throw new SqliteSyntaxException("expected a column name at offset " + first.start());
            }
            names.add(first.value());
        }
        return names;
    }

    private void skipGroup() {
        expect('(');
        int depth = 1;
        while (depth > 0) {
            SqliteToken token = next();
            if (token.kind() == SqliteToken.Kind.END) {
                throw error("')'");
            }
            depth += token.is('(') ? 1 : token.is(')') ? -1 : 0;
        }
    }

    /** The token at index {@code index} of the statement. */
    SqliteToken token(int index) {
        return tokens.get(index);
    }

    /** The source text from token {@code from} to just before token {@code to}, comments inside kept. */
    String text(int from, int to) {
        if (from >= to) {
            return "";
        }
        return sql.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    SqliteSyntaxException error(String expected) {
        SqliteToken found = peek();
        return new SqliteSyntaxException(
                "expected " + expected + " but found " + found.describe() + " at offset " + found.start());
    }
}
