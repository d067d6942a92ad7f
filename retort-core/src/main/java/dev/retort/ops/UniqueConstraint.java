package dev.retort.ops;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A unique constraint over one or more columns.
 *
 * @param name the constraint name, empty to let the database name it
 * @param columns the constrained columns, in order
 */
public record UniqueConstraint(Optional<String> name, List<String> columns) implements Constraint {
    /** Validates and copies the components. */
    public UniqueConstraint {
        name.ifPresent(n -> Names.require(n, "unique constraint name"));
        columns = Names.requireAll(columns, "unique constraint");
    }

    /** An unnamed unique constraint over {@code columns}. */
    public static UniqueConstraint of(String... columns) {
        return new UniqueConstraint(Optional.empty(), Arrays.asList(columns));
    }

    /** This constraint with the given name. */
    public UniqueConstraint named(String name) {
        return new UniqueConstraint(Optional.of(name), columns);
    }

    @Override
    public ConstraintType type() {
        return ConstraintType.UNIQUE;
    }
}
