package dev.retort.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Creates an index.
 *
 * @param name the index name
 * @param table the indexed table
 * @param elements the indexed columns and expressions, in order
 * @param unique whether the index is unique
 * @param where the condition of a partial index, if any (PostgreSQL and SQLite)
 * @param concurrently build without locking writes (PostgreSQL, outside the transaction); a plain
 *     build elsewhere
 */
public record CreateIndex(
        String name,
        String table,
        List<IndexElement> elements,
        boolean unique,
        Optional<String> where,
        boolean concurrently)
        implements Operation {
    /** Validates and copies the components. */
    public CreateIndex {
        Names.require(name, "index name");
        Names.require(table, "table name");
        elements = List.copyOf(elements);
        if (elements.isEmpty()) {
            throw new InvalidOperationException("createIndex " + name + ": give at least one column or expression");
        }
        where.ifPresent(w -> {
            if (w.isBlank()) {
                throw new InvalidOperationException("createIndex " + name + ": where(...) is blank");
            }
        });
    }

    /** Starts an index description. */
    public static Builder builder(String name, String table) {
        return new Builder(name, table);
    }

    /** Whether any element is an expression rather than a column. */
    public boolean hasExpressions() {
        return elements.stream().anyMatch(IndexElement::expression);
    }

    /** Drops the index, carrying this definition so the drop is reversible too. */
    @Override
    public DropIndex reverse() {
        return new DropIndex(name, Optional.of(table), concurrently, Optional.of(this));
    }

    /** Builds a {@link CreateIndex}. Not thread-safe. */
    public static final class Builder {
        private final String name;
        private final String table;
        private final List<IndexElement> elements = new ArrayList<>();
        private boolean unique;
        private String where;
        private boolean concurrently;

        private Builder(String name, String table) {
            this.name = name;
            this.table = table;
        }

        /** Indexes these columns (after any elements already given). */
        public Builder columns(String... columns) {
            for (String column : columns) {
                elements.add(IndexElement.column(column));
            }
            return this;
        }

        /** Indexes a SQL expression, written as it is: {@code lower(email)}. */
        public Builder expression(String sql) {
            elements.add(IndexElement.expression(sql));
            return this;
        }

        /** Makes the index unique. */
        public Builder unique() {
            this.unique = true;
            return this;
        }

        /** Makes the index partial: only rows matching this SQL condition are indexed. */
        public Builder where(String condition) {
            this.where = condition;
            return this;
        }

        /** Builds without locking writes where the database can (PostgreSQL); plain elsewhere. */
        public Builder concurrently() {
            this.concurrently = true;
            return this;
        }

        /** The operation, validated. */
        public CreateIndex build() {
            return new CreateIndex(name, table, elements, unique, Optional.ofNullable(where), concurrently);
        }
    }
}
