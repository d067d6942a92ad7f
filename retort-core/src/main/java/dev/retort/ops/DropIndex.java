package dev.retort.ops;

import java.util.Optional;

/**
 * Drops an index.
 *
 * @param name the index name
 * @param table the index's table (MySQL needs it)
 * @param concurrently drop without locking writes (PostgreSQL, outside the transaction)
 * @param definition the index's definition, when known: then the drop can be reversed
 */
public record DropIndex(String name, Optional<String> table, boolean concurrently, Optional<CreateIndex> definition)
        implements Operation {
    /** Validates the components. */
    public DropIndex {
        Names.require(name, "index name");
        table.ifPresent(t -> Names.require(t, "table name"));
    }

    /** Starts a description of dropping {@code name}. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Recreates the index from the carried definition. */
    @Override
    public CreateIndex reverse() {
        return definition.orElseThrow(() -> new IrreversibleOperationException("dropIndex " + name
                + " cannot be reversed: it does not carry the index definition; write the createIndex by hand"));
    }

    /** Builds a {@link DropIndex}. Not thread-safe. */
    public static final class Builder {
        private final String name;
        private String table;
        private boolean concurrently;

        private Builder(String name) {
            this.name = name;
        }

        /** The index's table (required on MySQL). */
        public Builder table(String table) {
            this.table = table;
            return this;
        }

        /** Drops without locking writes where the database can (PostgreSQL); plain elsewhere. */
        public Builder concurrently() {
            this.concurrently = true;
            return this;
        }

        /** The operation, validated. */
        public DropIndex build() {
            return new DropIndex(name, Optional.ofNullable(table), concurrently, Optional.empty());
        }
    }
}
