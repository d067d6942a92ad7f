package dev.retort.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses the {@code CREATE TABLE} statement SQLite keeps in {@code sqlite_master} into a
 * {@link SqliteTableSyntax}. It follows SQLite's grammar for column definitions, column and table
 * constraints and table options; expressions are not parsed, only cut out verbatim. Not
 * thread-safe; use once.
 */
final class SqliteTableParser {
    private static final List<String> COLUMN_CONSTRAINT_STARTS = List.of(
            "CONSTRAINT",
            "PRIMARY",
            "NOT",
            "NULL",
            "UNIQUE",
            "CHECK",
            "DEFAULT",
            "COLLATE",
            "REFERENCES",
            "GENERATED",
            "AS");
    private static final List<String> TABLE_CONSTRAINT_STARTS =
            List.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN");

    private final SqliteTokenCursor cursor;
    private final List<ColumnDraft> columns = new ArrayList<>();
    private Optional<String> primaryKeyName = Optional.empty();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<UniqueConstraint> uniqueConstraints = new ArrayList<>();
    private final List<CheckConstraint> checkConstraints = new ArrayList<>();
    private final List<String> options = new ArrayList<>();
    private final List<String> unkept = new ArrayList<>();

    private SqliteTableParser(String sql) {
        this.cursor = new SqliteTokenCursor(sql);
    }

    /** Parses one {@code CREATE TABLE} statement. */
    static SqliteTableSyntax parse(String sql) {
        return new SqliteTableParser(sql).table();
    }

    private SqliteTableSyntax table() {
        cursor.expect("CREATE");
        if (!cursor.accept("TEMP")) {
            cursor.accept("TEMPORARY");
        }
        cursor.expect("TABLE");
        if (cursor.accept("IF")) {
            cursor.expect("NOT");
            cursor.expect("EXISTS");
        }
        String name = cursor.name();
        if (cursor.accept('.')) {
            name = cursor.name();
        }
        definitions();
        tableOptions();
        return new SqliteTableSyntax(
                name,
                columns.stream().map(ColumnDraft::build).toList(),
                primaryKeyName,
                foreignKeys,
                uniqueConstraints,
                checkConstraints,
                options,
                unkept);
    }

    private void definitions() {
        cursor.expect('(');
        boolean constraints = false;
        do {
            constraints = constraints || atAny(TABLE_CONSTRAINT_STARTS);
            if (constraints) {
                // SQLite lets table constraints follow each other without commas.
                do {
                    tableConstraint();
                } while (atAny(TABLE_CONSTRAINT_STARTS));
            } else {
                column();
            }
        } while (cursor.accept(','));
        cursor.expect(')');
    }

    private void tableOptions() {
        do {
            if (cursor.accept("WITHOUT")) {
                cursor.expect("ROWID");
                options.add("WITHOUT ROWID");
            } else if (cursor.accept("STRICT")) {
                options.add("STRICT");
            }
        } while (cursor.accept(','));
        cursor.accept(';');
        if (!cursor.atEnd()) {
            throw cursor.error("a table option or the end of the statement");
        }
    }

    private void column() {
        ColumnDraft column = new ColumnDraft(cursor.name());
        columns.add(column);
        int typeStart = cursor.position();
        while (!atAny(COLUMN_CONSTRAINT_STARTS) && !atDefinitionEnd()) {
            if (cursor.at('(')) {
                cursor.group();
                break; // SQLite's type ends with its size arguments
            }
            if (!cursor.peek().isName()) {
                throw cursor.error("a type name or a column constraint");
            }
            cursor.next();
        }
        column.declaredType = cursor.text(typeStart, cursor.position());
        while (!atDefinitionEnd()) {
            columnConstraint(column);
        }
    }

    private void columnConstraint(ColumnDraft column) {
        Optional<String> name = constraintName();
        if (name.isPresent() && atDefinitionEnd()) {
            return; // a dangling CONSTRAINT name, which SQLite accepts
        }
        if (cursor.accept("PRIMARY")) {
            cursor.expect("KEY");
            // INTEGER PRIMARY KEY DESC is not the rowid: a rebuild without DESC would make it one.
            if (!cursor.accept("ASC") && cursor.accept("DESC") && column.declaredType.equalsIgnoreCase("INTEGER")) {
                unkept.add("INTEGER PRIMARY KEY DESC on column " + column.name);
            }
            conflictClause("PRIMARY KEY of column " + column.name);
            column.autoincrement |= cursor.accept("AUTOINCREMENT");
            primaryKeyName = name;
        } else if (cursor.accept("NOT")) {
            cursor.expect("NULL");
            conflictClause("NOT NULL of column " + column.name);
        } else if (cursor.accept("NULL")) {
            conflictClause("NULL of column " + column.name);
        } else if (cursor.accept("UNIQUE")) {
            conflictClause("UNIQUE of column " + column.name);
            uniqueConstraints.add(new UniqueConstraint(name, List.of(column.name)));
        } else if (cursor.accept("CHECK")) {
            checkConstraints.add(new CheckConstraint(name, cursor.group()));
        } else if (cursor.accept("DEFAULT")) {
            column.defaultExpression = Optional.of(defaultValue());
        } else if (cursor.accept("COLLATE")) {
            column.collation = Optional.of(cursor.name());
        } else if (cursor.at("REFERENCES")) {
            foreignKeys.add(SqliteForeignKeyClause.parse(cursor, name, List.of(column.name)));
        } else if (cursor.at("GENERATED") || cursor.at("AS")) {
            column.computed = Optional.of(generated());
        } else {
            throw cursor.error("a column constraint");
        }
    }

    private void tableConstraint() {
        Optional<String> name = constraintName();
        if (cursor.accept("PRIMARY")) {
            cursor.expect("KEY");
            List<int[]> items = cursor.groupItems();
            collations(items, "PRIMARY KEY");
            conflictClause("PRIMARY KEY");
            primaryKeyName = name;
            // SQLite accepts AUTOINCREMENT inside a table-level key too: PRIMARY KEY (id AUTOINCREMENT)
            for (int[] item : items) {
                if (cursor.token(item[1] - 1).is("AUTOINCREMENT")) {
                    String key = cursor.token(item[0]).value();
                    columns.stream().filter(c -> c.name.equalsIgnoreCase(key)).forEach(c -> c.autoincrement = true);
                }
            }
        } else if (cursor.accept("UNIQUE")) {
            int start = cursor.position();
            List<String> names = cursor.columnNames();
            int end = cursor.position();
            cursor.seek(start);
            collations(cursor.groupItems(), "UNIQUE " + names);
            cursor.seek(end);
            uniqueConstraints.add(new UniqueConstraint(name, names));
            conflictClause("UNIQUE " + names);
        } else if (cursor.accept("CHECK")) {
            checkConstraints.add(new CheckConstraint(name, cursor.group()));
        } else if (cursor.accept("FOREIGN")) {
            cursor.expect("KEY");
            foreignKeys.add(SqliteForeignKeyClause.parse(cursor, name, cursor.columnNames()));
        } else if (name.isEmpty() || !atDefinitionEnd()) {
            throw cursor.error("a table constraint");
        }
    }

    private Optional<String> constraintName() {
        return cursor.accept("CONSTRAINT") ? Optional.of(cursor.name()) : Optional.empty();
    }

    /** Skips {@code ON CONFLICT <algorithm>}, which Retort does not model, noting it as unkept. */
    private void conflictClause(String subject) {
        if (cursor.at("ON") && cursor.peek(1).is("CONFLICT")) {
            cursor.next();
            cursor.next();
            unkept.add("ON CONFLICT " + cursor.name().toUpperCase(Locale.ROOT) + " on " + subject);
        }
    }

    /** Notes a {@code COLLATE} inside a key's column list, which changes what counts as a duplicate. */
    private void collations(List<int[]> items, String subject) {
        for (int[] item : items) {
            for (int i = item[0]; i < item[1]; i++) {
                if (cursor.token(i).is("COLLATE")) {
                    unkept.add(cursor.text(item[0], item[1]) + " in " + subject);
                }
            }
        }
    }

    private String defaultValue() {
        int start = cursor.position();
        if (cursor.at('(')) {
            cursor.group();
        } else {
            if (cursor.at('+') || cursor.at('-')) {
                cursor.next();
            }
            if (cursor.atEnd() || cursor.peek().kind() == SqliteToken.Kind.PUNCT) {
                throw cursor.error("a default value");
            }
            cursor.next();
        }
        return cursor.text(start, cursor.position());
    }

    private Computed generated() {
        if (cursor.accept("GENERATED")) {
            cursor.expect("ALWAYS");
        }
        cursor.expect("AS");
        String expression = cursor.group();
        boolean stored = cursor.accept("STORED");
        if (!stored) {
            cursor.accept("VIRTUAL");
        }
        return new Computed(expression, stored);
    }

    private boolean atDefinitionEnd() {
        return cursor.at(',') || cursor.at(')') || cursor.atEnd();
    }

    private boolean atAny(List<String> keywords) {
        return keywords.stream().anyMatch(cursor::at);
    }

    private static final class ColumnDraft {
        final String name;
        String declaredType = "";
        Optional<String> defaultExpression = Optional.empty();
        Optional<String> collation = Optional.empty();
        boolean autoincrement;
        Optional<Computed> computed = Optional.empty();

        ColumnDraft(String name) {
            this.name = name;
        }

        SqliteTableSyntax.Column build() {
            return new SqliteTableSyntax.Column(
                    name, declaredType, defaultExpression, collation, autoincrement, computed);
        }
    }
}
