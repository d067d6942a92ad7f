package dev.retort.schema;

import java.util.Objects;

/**
 * The expression of a generated (computed) column, as the database reports it.
 *
 * @param expression the expression, without the surrounding parentheses
 * @param stored whether the value is stored ({@code STORED}) or computed when read ({@code VIRTUAL})
 */
public record Computed(String expression, boolean stored) {
    /** Validates the components. */
    public Computed {
        Objects.requireNonNull(expression, "expression");
    }

    @Override
    public String toString() {
        return "GENERATED ALWAYS AS (" + expression + ") " + (stored ? "STORED" : "VIRTUAL");
    }
}
