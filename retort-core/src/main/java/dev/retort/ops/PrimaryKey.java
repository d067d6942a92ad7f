package dev.retort.ops;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A primary key over one or more columns.
 *
 * @param name the constraint name, empty to let the database name it
 * @param columns the key's columns, in order
 */
public record PrimaryKey(Optional<String> name, List<String> columns) implements Constraint {
    /** Validates and copies the components. */
    public PrimaryKey {
        name.ifPresent(n -> Names.require(n, "primary key name"));
        columns = Names.requireAll(columns, "primary key");
    }

    /** An unnamed primary key over {@code columns}. */
    public static PrimaryKey of(String... columns) {
        return new PrimaryKey(Optional.empty(), Arrays.asList(columns));
    }

    /** This key with the given constraint name. */
    public PrimaryKey named(String name) {
        return new PrimaryKey(Optional.of(name), columns);
    }

    @Override
    public ConstraintType type() {
        return ConstraintType.PRIMARY;
    }
}
