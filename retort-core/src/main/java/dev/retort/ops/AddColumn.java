package dev.retort.ops;

import java.util.Objects;
import java.util.Optional;

/**
 * Adds a column to a table.
 *
 * @param table the table
 * @param column the new column
 */
public record AddColumn(String table, Column column) implements Operation {
    /** Validates the components. */
    public AddColumn {
        Names.require(table, "table name");
        Objects.requireNonNull(column, "column");
    }

    /** Drops the column, carrying its definition so that the drop is reversible too. */
    @Override
    public DropColumn reverse() {
        return new DropColumn(table, column.name(), Optional.of(column));
    }
}
