package dev.retort.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A standalone index (one made by {@code CREATE INDEX}); indexes that only back a primary key or
 * unique constraint are not reported as indexes.
 *
 * @param name the index's name
 * @param unique whether the index is unique
 * @param columns the index's keys in order: a column's name, or for an expression key the
 *     expression's SQL text (verbatim on SQLite, the catalog's rendering on PostgreSQL); sort order
 *     and collation are not part of a key (see {@code originalSql})
 * @param where the predicate of a partial index, without the {@code WHERE}
 * @param originalSql the statement that creates the index, where the database keeps or renders one
 *     (SQLite's original text, PostgreSQL's {@code pg_get_indexdef}); it reproduces the index exactly
 */
public record IndexSchema(
        String name, boolean unique, List<String> columns, Optional<String> where, Optional<String> originalSql) {

    /** Validates and copies the components. */
    public IndexSchema {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(originalSql, "originalSql");
    }

    /** Starts a non-unique index without predicate or original SQL. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(unique ? "unique index " : "index ");
        s.append(Names.display(name)).append(' ').append(String.join(", ", columns));
        where.ifPresent(w -> s.append(" WHERE ").append(w));
        originalSql.ifPresent(sql -> s.append(" [").append(sql).append(']'));
        return s.toString();
    }

    /** Builds an {@link IndexSchema}. Not thread-safe. */
    public static final class Builder {
        private final String name;
        private boolean unique;
        private List<String> columns = List.of();
        private Optional<String> where = Optional.empty();
        private Optional<String> originalSql = Optional.empty();

        private Builder(String name) {
            this.name = name;
        }

        /** Makes the index unique. */
        public Builder unique() {
            unique = true;
            return this;
        }

        /** Sets the keys: column names or expression texts. */
        public Builder columns(String... values) {
            columns = List.of(values);
            return this;
        }

        /** Sets the keys: column names or expression texts. */
        public Builder columns(List<String> values) {
            columns = List.copyOf(values);
            return this;
        }

        /** Sets the predicate of a partial index; {@code null} removes it. */
        public Builder where(String value) {
            where = Optional.ofNullable(value);
            return this;
        }

        /** Sets the statement that creates the index; {@code null} removes it. */
        public Builder originalSql(String value) {
            originalSql = Optional.ofNullable(value);
            return this;
        }

        /** Builds the index. */
        public IndexSchema build() {
            return new IndexSchema(name, unique, columns, where, originalSql);
        }
    }
}
