package dev.retort.ops;

import java.util.Optional;

/** A table constraint: a primary key, a foreign key, a unique constraint or a check. */
public sealed interface Constraint permits PrimaryKey, ForeignKey, UniqueConstraint, CheckConstraint {
    /** The constraint's name; when empty, the database names it. */
    Optional<String> name();

    /** Which kind of constraint this is. */
    ConstraintType type();
}
