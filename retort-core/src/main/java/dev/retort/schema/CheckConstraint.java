package dev.retort.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * A check constraint.
 *
 * @param name the constraint's name; empty when it was declared without one (SQLite)
 * @param expression the condition without the surrounding parentheses: verbatim on SQLite, the
 *     catalog's rendering elsewhere (PostgreSQL, for example, adds casts)
 */
public record CheckConstraint(Optional<String> name, String expression) {
    /** Validates the components. */
    public CheckConstraint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
    }

    /** An unnamed check constraint. */
    public static CheckConstraint of(String expression) {
        return new CheckConstraint(Optional.empty(), expression);
    }

    /** A named check constraint. */
    public static CheckConstraint named(String name, String expression) {
        return new CheckConstraint(Optional.of(name), expression);
    }

    @Override
    public String toString() {
        return Names.constraintPrefix(name) + "CHECK (" + expression + ")";
    }
}
