package dev.retort.schema;

import java.util.List;
import java.util.Optional;

/**
 * What a SQLite {@code CREATE TABLE} statement says, as far as the catalog pragmas do not: types
 * and defaults as written, constraint names, checks, foreign key clauses and table options, plus
 * the clauses that {@link TableSchema} does not model ({@code unkept}, in words), so that a rebuild
 * can refuse rather than drop them.
 */
record SqliteTableSyntax(
        String name,
        List<Column> columns,
        Optional<String> primaryKeyName,
        List<ForeignKey> foreignKeys,
        List<UniqueConstraint> uniqueConstraints,
        List<CheckConstraint> checkConstraints,
        List<String> options,
        List<String> unkept) {

    /** One column definition as written. */
    record Column(
            String name,
            String declaredType,
            Optional<String> defaultExpression,
            Optional<String> collation,
            boolean autoincrement,
            Optional<Computed> computed) {}
}
