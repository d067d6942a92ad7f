package dev.retort.schema;

import java.util.List;
import java.util.Optional;

/**
 * What a SQLite {@code CREATE INDEX} statement says: each key as written (without its
 * {@code COLLATE}, {@code ASC} or {@code DESC}) and the predicate of a partial index.
 */
record SqliteIndexSyntax(List<String> keys, Optional<String> where) {

    /** Parses one {@code CREATE [UNIQUE] INDEX} statement. */
    static SqliteIndexSyntax parse(String sql) {
        SqliteTokenCursor cursor = new SqliteTokenCursor(sql);
        cursor.expect("CREATE");
        cursor.accept("UNIQUE");
        cursor.expect("INDEX");
        if (cursor.accept("IF")) {
            cursor.expect("NOT");
            cursor.expect("EXISTS");
        }
        cursor.name();
        if (cursor.accept('.')) {
            cursor.name();
        }
        cursor.expect("ON");
        cursor.name();
        List<String> keys =
                cursor.groupItems().stream().map(item -> key(cursor, item)).toList();
        Optional<String> where = Optional.empty();
        if (cursor.accept("WHERE")) {
            int start = cursor.position();
            while (!cursor.atEnd() && !cursor.at(';')) {
                cursor.next();
            }
            where = Optional.of(cursor.text(start, cursor.position()));
        }
        return new SqliteIndexSyntax(keys, where);
    }

    private static String key(SqliteTokenCursor cursor, int[] item) {
        int end = item[1];
        if (end - 1 > item[0]
                && (cursor.token(end - 1).is("ASC") || cursor.token(end - 1).is("DESC"))) {
            end--;
        }
        if (end - 2 > item[0] && cursor.token(end - 2).is("COLLATE")) {
            end -= 2;
        }
        return cursor.text(item[0], end);
    }
}
