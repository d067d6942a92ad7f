package dev.retort.ops;

import java.util.Optional;

/**
 * Drops a table.
 *
 * @param name the table name
 * @param definition the table's definition, when known: then the drop can be reversed
 */
public record DropTable(String name, Optional<CreateTable> definition) implements Operation {
    /** Validates the components. */
    public DropTable {
        Names.require(name, "table name");
        definition.ifPresent(d -> {
            if (!d.name().equals(name)) {
                throw new InvalidOperationException("dropTable " + name + ": definition is of table " + d.name());
            }
        });
    }

    /** Drops {@code name}; not reversible. */
    public static DropTable of(String name) {
        return new DropTable(name, Optional.empty());
    }

    /** Recreates the table from the carried definition. */
    @Override
    public CreateTable reverse() {
        return definition.orElseThrow(() -> new IrreversibleOperationException("dropTable " + name
                + " cannot be reversed: it does not carry the table's definition; write the createTable by hand"));
    }
}
