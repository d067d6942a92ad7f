package dev.retort.ops;

import java.util.Objects;
import java.util.Optional;

/**
 * A check constraint.
 *
 * @param name the constraint name, empty to let the database name it
 * @param condition the SQL condition, written as it is ({@code price >= 0})
 */
public record CheckConstraint(Optional<String> name, String condition) implements Constraint {
    /** Validates the components. */
    public CheckConstraint {
        name.ifPresent(n -> Names.require(n, "check constraint name"));
        Objects.requireNonNull(condition, "condition");
        if (condition.isBlank()) {
            throw new InvalidOperationException("check constraint: give the SQL condition");
        }
    }

    /** An unnamed check of {@code condition}. */
    public static CheckConstraint of(String condition) {
        return new CheckConstraint(Optional.empty(), condition);
    }

    /** This constraint with the given name. */
    public CheckConstraint named(String name) {
        return new CheckConstraint(Optional.of(name), condition);
    }

    @Override
    public ConstraintType type() {
        return ConstraintType.CHECK;
    }
}
