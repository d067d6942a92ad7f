package dev.retort.ops;

import java.util.Optional;

/**
 * Drops a named constraint.
 *
 * @param name the constraint name
 * @param table the table
 * @param type the kind of constraint; MySQL needs it, as it drops each kind differently
 * @param definition the constraint's definition, when known: then the drop can be reversed
 */
public record DropConstraint(String name, String table, Optional<ConstraintType> type, Optional<Constraint> definition)
        implements Operation {
    /** Validates the components. */
    public DropConstraint {
        Names.require(name, "constraint name");
        Names.require(table, "table name");
        definition.ifPresent(d -> {
            if (!d.name().equals(Optional.of(name))) {
                throw new InvalidOperationException("dropConstraint " + name + ": definition is of constraint "
                        + d.name().orElse("(unnamed)"));
            }
        });
        if (type.isEmpty() && definition.isPresent()) {
            type = Optional.of(definition.get().type());
        }
    }

    /** Adds the constraint back from the carried definition. */
    @Override
    public AddConstraint reverse() {
        return new AddConstraint(
                table,
                definition.orElseThrow(() -> new IrreversibleOperationException("dropConstraint " + name + " on "
                        + table + " cannot be reversed: it does not carry the constraint's definition")));
    }
}
