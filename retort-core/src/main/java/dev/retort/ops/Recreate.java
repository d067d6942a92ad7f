package dev.retort.ops;

/**
 * Whether {@link Ops#batchAlterTable(String, Recreate, java.util.function.Consumer)} rebuilds the
 * table by move-and-copy (create the new table, copy the rows, drop the old one, rename) instead
 * of altering it in place, as Alembic's {@code recreate} argument. Only SQLite ever needs a
 * rebuild; the other databases alter tables in place whatever the choice.
 */
public enum Recreate {
    /** Rebuild only when SQLite cannot make one of the changes in place (the default). */
    AUTO,
    /** Always rebuild on SQLite, even when every change could be made in place. */
    ALWAYS,
    /** Never rebuild: fail, before anything runs, if SQLite would need a rebuild. */
    NEVER
}
