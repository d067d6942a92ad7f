package dev.retort.ops;

/** The kinds of table constraint; MySQL needs to know which one it is dropping. */
public enum ConstraintType {
    PRIMARY,
    FOREIGN_KEY,
    UNIQUE,
    CHECK
}
