package dev.retort.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A foreign key constraint.
 *
 * @param name the constraint's name; empty when it was declared without one (SQLite)
 * @param columns the referencing columns, in order
 * @param referencedTable the referenced table (unqualified)
 * @param referencedColumns the referenced columns, matching {@code columns}; empty when SQLite DDL
 *     names only the table, which means the referenced table's primary key
 * @param onDelete what deleting a referenced row does
 * @param onUpdate what updating a referenced key does
 * @param deferrable whether checking may be deferred to commit
 * @param initiallyDeferred whether checking is deferred unless asked otherwise; only ever true
 *     when {@code deferrable} is
 */
public record ForeignKey(
        Optional<String> name,
        List<String> columns,
        String referencedTable,
        List<String> referencedColumns,
        ReferentialAction onDelete,
        ReferentialAction onUpdate,
        boolean deferrable,
        boolean initiallyDeferred) {

    /** Validates and copies the components. */
    public ForeignKey {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(referencedTable, "referencedTable");
        referencedColumns = List.copyOf(referencedColumns);
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
        initiallyDeferred = deferrable && initiallyDeferred;
    }

    /** Starts an unnamed foreign key with {@code NO ACTION} on delete and update, not deferrable. */
    public static Builder builder(List<String> columns, String referencedTable, List<String> referencedColumns) {
        return new Builder(columns, referencedTable, referencedColumns);
    }

    /** A builder preset with this key's values. */
    public Builder toBuilder() {
        Builder b = new Builder(columns, referencedTable, referencedColumns);
        b.name = name;
        b.onDelete = onDelete;
        b.onUpdate = onUpdate;
        b.deferrable = deferrable;
        b.initiallyDeferred = initiallyDeferred;
        return b;
    }

    /** Shows the key much as DDL would; {@code NO ACTION}, the default, is left out. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(Names.constraintPrefix(name));
        s.append("FOREIGN KEY ").append(Names.display(columns));
        s.append(" REFERENCES ").append(Names.display(referencedTable));
        if (!referencedColumns.isEmpty()) {
            s.append(' ').append(Names.display(referencedColumns));
        }
        if (onDelete != ReferentialAction.NO_ACTION) {
            s.append(" ON DELETE ").append(onDelete.sql());
        }
        if (onUpdate != ReferentialAction.NO_ACTION) {
            s.append(" ON UPDATE ").append(onUpdate.sql());
        }
        if (deferrable) {
            s.append(initiallyDeferred ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE");
        }
        return s.toString();
    }

    /** Builds a {@link ForeignKey}. Not thread-safe. */
    public static final class Builder {
        private final List<String> columns;
        private final String referencedTable;
        private final List<String> referencedColumns;
        private Optional<String> name = Optional.empty();
        private ReferentialAction onDelete = ReferentialAction.NO_ACTION;
        private ReferentialAction onUpdate = ReferentialAction.NO_ACTION;
        private boolean deferrable;
        private boolean initiallyDeferred;

        private Builder(List<String> columns, String referencedTable, List<String> referencedColumns) {
            this.columns = columns;
            this.referencedTable = referencedTable;
            this.referencedColumns = referencedColumns;
        }

        /** Names the constraint; {@code null} makes it unnamed. */
        public Builder name(String value) {
            name = Optional.ofNullable(value);
            return this;
        }

        /** Sets the action on delete. */
        public Builder onDelete(ReferentialAction value) {
            onDelete = value;
            return this;
        }

        /** Sets the action on update. */
        public Builder onUpdate(ReferentialAction value) {
            onUpdate = value;
            return this;
        }

        /** Makes the key deferrable (checked at once unless deferred). */
        public Builder deferrable() {
            deferrable = true;
            return this;
        }

        /** Makes the key deferrable and initially deferred (checked at commit). */
        public Builder initiallyDeferred() {
            deferrable = true;
            initiallyDeferred = true;
            return this;
        }

        /** Builds the foreign key. */
        public ForeignKey build() {
            return new ForeignKey(
                    name,
                    columns,
                    referencedTable,
                    referencedColumns,
                    onDelete,
                    onUpdate,
                    deferrable,
                    initiallyDeferred);
        }
    }
}
