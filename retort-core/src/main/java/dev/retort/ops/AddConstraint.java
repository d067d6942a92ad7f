package dev.retort.ops;

import java.util.Objects;
import java.util.Optional;

/**
 * Adds a named constraint to an existing table ({@code createPrimaryKey}, {@code
 * createForeignKey}, {@code createUniqueConstraint}, {@code createCheckConstraint}).
 *
 * @param table the table
 * @param constraint the constraint; it must be named, so that it can be dropped again
 */
public record AddConstraint(String table, Constraint constraint) implements Operation {
    /** Validates the components. */
    public AddConstraint {
        Names.require(table, "table name");
        Objects.requireNonNull(constraint, "constraint");
        if (constraint.name().isEmpty()) {
            throw new InvalidOperationException(
                    "adding a " + constraint.type() + " constraint to " + table + ": give it a name");
        }
    }

    /** The constraint's name. */
    public String name() {
        return constraint.name().orElseThrow();
    }

    /** Drops the constraint, carrying its definition. */
    @Override
    public DropConstraint reverse() {
        return new DropConstraint(name(), table, Optional.of(constraint.type()), Optional.of(constraint));
    }
}
