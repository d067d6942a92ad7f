package dev.retort.ops;

import java.util.Optional;

/**
 * Drops a column.
 *
 * @param table the table
 * @param column the column name
 * @param definition the column's definition, when known: then the drop can be reversed
 */
public record DropColumn(String table, String column, Optional<Column> definition) implements Operation {
    /** Validates the components. */
    public DropColumn {
        Names.require(table, "table name");
        Names.require(column, "column name");
        definition.ifPresent(d -> {
            if (!d.name().equals(column)) {
                throw new InvalidOperationException(
                        "dropColumn " + table + "." + column + ": definition is of column " + d.name());
            }
        });
    }

    /** Drops {@code table.column}; not reversible. */
    public static DropColumn of(String table, String column) {
        return new DropColumn(table, column, Optional.empty());
    }

    /** Adds the column back from the carried definition. */
    @Override
    public AddColumn reverse() {
        return new AddColumn(
                table,
                definition.orElseThrow(() -> new IrreversibleOperationException("dropColumn " + table + "."
                        + column + " cannot be reversed: it does not carry the column's definition;"
                        + " pass the Column to dropColumn")));
    }
}
