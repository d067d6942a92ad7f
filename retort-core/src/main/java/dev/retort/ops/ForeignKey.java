package dev.retort.ops;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A foreign key: {@code columns} of this table reference {@code referredColumns} of {@code
 * referredTable}.
 *
 * @param name the constraint name, empty to let the database name it
 * @param columns the referencing columns of this table
 * @param referredTable the referenced table
 * @param referredColumns the referenced columns, as many as {@code columns}
 * @param onDelete what a delete of the referenced row does, empty for the database's default
 * @param onUpdate what an update of the referenced key does, empty for the database's default
 */
public record ForeignKey(
        Optional<String> name,
        List<String> columns,
        String referredTable,
        List<String> referredColumns,
        Optional<ReferentialAction> onDelete,
        Optional<ReferentialAction> onUpdate)
        implements Constraint {
    /** Validates and copies the components. */
    public ForeignKey {
        name.ifPresent(n -> Names.require(n, "foreign key name"));
        columns = Names.requireAll(columns, "foreign key");
        Names.require(referredTable, "foreign key referenced table");
        referredColumns = Names.requireAll(referredColumns, "foreign key reference");
        if (columns.size() != referredColumns.size()) {
            throw new InvalidOperationException("foreign key " + columns + " -> " + referredTable + referredColumns
                    + ": as many referenced columns as referencing ones are needed");
        }
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
    }

    /** Starts a foreign key description. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public ConstraintType type() {
        return ConstraintType.FOREIGN_KEY;
    }

    /** Builds a {@link ForeignKey}: {@code fk.columns("user_id").references("user", "id")}. Not thread-safe. */
    public static final class Builder {
        private String name;
        private List<String> columns = List.of();
        private String referredTable;
        private List<String> referredColumns = List.of();
        private ReferentialAction onDelete;
        private ReferentialAction onUpdate;

        private Builder() {}

        /** Names the constraint. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** The referencing columns of this table. */
        public Builder columns(String... columns) {
            this.columns = Arrays.asList(columns);
            return this;
        }

        /** The referenced table and its columns. */
        public Builder references(String table, String... columns) {
            this.referredTable = table;
            this.referredColumns = Arrays.asList(columns);
            return this;
        }

        /** What a delete of the referenced row does. */
        public Builder onDelete(ReferentialAction action) {
            this.onDelete = action;
            return this;
        }

        /** What an update of the referenced key does. */
        public Builder onUpdate(ReferentialAction action) {
            this.onUpdate = action;
            return this;
        }

        /** The foreign key, validated. */
        public ForeignKey build() {
            return new ForeignKey(
                    Optional.ofNullable(name),
                    columns,
                    referredTable,
                    referredColumns,
                    Optional.ofNullable(onDelete),
                    Optional.ofNullable(onUpdate));
        }
    }
}
