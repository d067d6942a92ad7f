package dev.retort.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A unique constraint.
 *
 * @param name the constraint's name; empty when it was declared without one (SQLite)
 * @param columns the constrained columns, in order
 */
public record UniqueConstraint(Optional<String> name, List<String> columns) {
    /** Validates and copies the components. */
    public UniqueConstraint {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }

    /** An unnamed unique constraint. */
    public static UniqueConstraint of(String... columns) {
        return new UniqueConstraint(Optional.empty(), List.of(columns));
    }

    /** A named unique constraint. */
    public static UniqueConstraint named(String name, String... columns) {
        return new UniqueConstraint(Optional.of(name), List.of(columns));
    }

    @Override
    public String toString() {
        return Names.constraintPrefix(name) + "UNIQUE " + Names.display(columns);
    }
}
