package dev.retort.ops;

/**
 * Renames a table.
 *
 * @param table the current name
 * @param newName the new name
 */
public record RenameTable(String table, String newName) implements Operation {
    /** Validates the components. */
    public RenameTable {
        Names.require(table, "table name");
        Names.require(newName, "new table name");
    }

    /** Renames it back. */
    @Override
    public RenameTable reverse() {
        return new RenameTable(newName, table);
    }
}
