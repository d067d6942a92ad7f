package dev.retort.schema;

import java.util.Objects;

/**
 * A trigger on a table.
 *
 * @param name the trigger's name
 * @param sql the statement that creates it: the original text on SQLite, the catalog's rendering
 *     elsewhere
 */
public record TriggerSchema(String name, String sql) {
    /** Validates the components. */
    public TriggerSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sql, "sql");
    }

    @Override
    public String toString() {
        return "trigger " + Names.display(name) + ": " + sql;
    }
}
