package dev.retort.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table's primary key.
 *
 * @param name the constraint's name; empty when it was declared without one (SQLite) — databases
 *     that name constraints themselves report their generated name
 * @param columns the key's columns, in key order
 */
public record PrimaryKey(Optional<String> name, List<String> columns) {
    /** Validates and copies the components. */
    public PrimaryKey {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }

    /** An unnamed primary key. */
    public static PrimaryKey of(String... columns) {
        return new PrimaryKey(Optional.empty(), List.of(columns));
    }

    /** A named primary key. */
    public static PrimaryKey named(String name, String... columns) {
        return new PrimaryKey(Optional.of(name), List.of(columns));
    }

    @Override
    public String toString() {
        return Names.constraintPrefix(name) + "PRIMARY KEY " + Names.display(columns);
    }
}
