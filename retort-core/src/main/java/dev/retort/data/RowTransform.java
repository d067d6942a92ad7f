package dev.retort.data;

/**
 * A per-row Java transform of a backfill: reads a {@link Row}'s values and sets new ones, {@code
 * row -> row.set("new_field", upper(row.getString("old_field")))}. A row on which it sets nothing
 * is left as it is. It runs inside the batch's transaction: an exception rolls the batch back and
 * fails the backfill (committed batches stay; a rerun resumes).
 */
@FunctionalInterface
public interface RowTransform {
    /** Transforms one row. */
    void apply(Row row);
}
