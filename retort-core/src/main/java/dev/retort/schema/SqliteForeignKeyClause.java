package dev.retort.schema;

import java.util.List;
import java.util.Optional;

/**
 * Parses SQLite's foreign-key clause: {@code REFERENCES table [(columns)]}, then any of
 * {@code ON DELETE action}, {@code ON UPDATE action} and {@code MATCH name}, then an optional
 * {@code [NOT] DEFERRABLE [INITIALLY DEFERRED | INITIALLY IMMEDIATE]}.
 */
final class SqliteForeignKeyClause {
    private SqliteForeignKeyClause() {}

    static ForeignKey parse(SqliteTokenCursor cursor, Optional<String> name, List<String> from) {
        cursor.expect("REFERENCES");
        String table = cursor.name();
        List<String> to = cursor.at('(') ? cursor.columnNames() : List.of();
        ForeignKey.Builder key = ForeignKey.builder(from, table, to).name(name.orElse(null));
        while (true) {
            if (cursor.at("ON") && !cursor.peek(1).is("CONFLICT")) {
                cursor.next();
                boolean delete = cursor.accept("DELETE");
                if (!delete) {
                    cursor.expect("UPDATE");
                }
                ReferentialAction action = action(cursor);
                key = delete ? key.onDelete(action) : key.onUpdate(action);
            } else if (cursor.accept("MATCH")) {
                cursor.name(); // SQLite parses MATCH but ignores it
            } else {
                break;
            }
        }
        return deferrability(cursor, key).build();
    }

    private static ForeignKey.Builder deferrability(SqliteTokenCursor cursor, ForeignKey.Builder key) {
        boolean deferrable;
        if (cursor.at("NOT") && cursor.peek(1).is("DEFERRABLE")) {
            cursor.next();
            cursor.next();
            deferrable = false;
        } else if (cursor.accept("DEFERRABLE")) {
            deferrable = true;
        } else {
            return key;
        }
        boolean initiallyDeferred = false;
        if (cursor.accept("INITIALLY")) {
            initiallyDeferred = cursor.accept("DEFERRED");
            if (!initiallyDeferred) {
                cursor.expect("IMMEDIATE");
            }
        }
        // Like SQLite, NOT DEFERRABLE INITIALLY DEFERRED is simply not deferrable.
        if (!deferrable) {
            return key;
        }
        return initiallyDeferred ? key.initiallyDeferred() : key.deferrable();
    }

    private static ReferentialAction action(SqliteTokenCursor cursor) {
        if (cursor.accept("SET")) {
            if (cursor.accept("NULL")) {
                return ReferentialAction.SET_NULL;
            }
            cursor.expect("DEFAULT");
            return ReferentialAction.SET_DEFAULT;
        }
        if (cursor.accept("CASCADE")) {
            return ReferentialAction.CASCADE;
        }
        if (cursor.accept("RESTRICT")) {
            return ReferentialAction.RESTRICT;
        }
        cursor.expect("NO");
        cursor.expect("ACTION");
        return ReferentialAction.NO_ACTION;
    }
}
