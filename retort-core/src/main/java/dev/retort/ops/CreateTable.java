package dev.retort.ops;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Creates a table.
 *
 * @param name the table name
 * @param columns the columns, in order
 * @param constraints the table constraints (the primary key gathered from columns marked {@link
 *     Column#primaryKey()} is not repeated here)
 * @param comment the table comment, if any
 */
public record CreateTable(String name, List<Column> columns, List<Constraint> constraints, Optional<String> comment)
        implements Operation {
    /** Validates and copies the components. */
    public CreateTable {
        Names.require(name, "table name");
        columns = List.copyOf(columns);
        constraints = List.copyOf(constraints);
        if (columns.isEmpty()) {
            throw new InvalidOperationException("createTable " + name + ": give at least one column");
        }
        Set<String> seen = new HashSet<>();
        for (Column c : columns) {
            if (!seen.add(c.name())) {
                throw new InvalidOperationException("createTable " + name + ": column " + c.name() + " twice");
            }
        }
        boolean columnKey = columns.stream().anyMatch(Column::isPrimaryKey);
        long tableKeys =
                constraints.stream().filter(PrimaryKey.class::isInstance).count();
        if (tableKeys > 1 || (tableKeys == 1 && columnKey)) {
            throw new InvalidOperationException("createTable " + name + ": more than one primary key");
        }
    }

    /** Starts a table description. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The primary key: the table-level one, or the one gathered from columns marked as keys. */
    public Optional<PrimaryKey> primaryKey() {
        Optional<PrimaryKey> declared = constraints.stream()
                .filter(PrimaryKey.class::isInstance)
                .map(PrimaryKey.class::cast)
                .findFirst();
        if (declared.isPresent()) {
            return declared;
        }
        String[] keyColumns =
                columns.stream().filter(Column::isPrimaryKey).map(Column::name).toArray(String[]::new);
        return keyColumns.length == 0 ? Optional.empty() : Optional.of(PrimaryKey.of(keyColumns));
    }

    /** Drops the table again, remembering this definition so the drop can be reversed too. */
    @Override
    public DropTable reverse() {
        return new DropTable(name, Optional.of(this));
    }

    /** Builds a {@link CreateTable}. Not thread-safe. */
    public static final class Builder {
        private final String name;
        private final List<Column> columns = new ArrayList<>();
        private final List<Constraint> constraints = new ArrayList<>();
        private String comment;

        private Builder(String name) {
            this.name = name;
        }

        /** Adds a nullable column. */
        public Builder column(String name, SqlType type) {
            return column(Column.of(name, type));
        }

        /** Adds a column with options: {@code column("id", Types.integer(), c -> c.primaryKey())}. */
        public Builder column(String name, SqlType type, UnaryOperator<Column> options) {
            return column(options.apply(Column.of(name, type)));
        }

        /** Adds a column. */
        public Builder column(Column column) {
            columns.add(column);
            return this;
        }

        /** Declares the (unnamed) primary key. */
        public Builder primaryKey(String... columns) {
            return constraint(PrimaryKey.of(columns));
        }

        /** Adds a foreign key: {@code fk -> fk.columns("user_id").references("user", "id")}. */
        public Builder foreignKey(Consumer<ForeignKey.Builder> definition) {
            ForeignKey.Builder builder = ForeignKey.builder();
            definition.accept(builder);
            return constraint(builder.build());
        }

        /** Adds an unnamed unique constraint. */
        public Builder unique(String... columns) {
            return constraint(UniqueConstraint.of(columns));
        }

        /** Adds an unnamed check constraint. */
        public Builder check(String condition) {
            return constraint(CheckConstraint.of(condition));
        }

        /** Adds any constraint, named or not: {@code constraint(UniqueConstraint.of("email").named("uq_email"))}. */
        public Builder constraint(Constraint constraint) {
            constraints.add(constraint);
            return this;
        }

        /** Sets the table comment. */
        public Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        /** The operation, validated. */
        public CreateTable build() {
            return new CreateTable(name, columns, constraints, Optional.ofNullable(comment));
        }
    }
}
