package dev.retort.runtime;

/**
 * How one column of the rebuilt table is filled from the old one.
 *
 * @param target the column of the new table
 * @param source the column of the old table
 * @param conversion how values convert when the type changes
 * @param rejectNulls whether NULLs must be refused (the column becomes {@code NOT NULL})
 */
record CopyColumn(String target, String source, Conversion conversion, boolean rejectNulls) {}
