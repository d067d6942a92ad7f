/**
 * Data migrations: DML handles, backfills, validation and progress.
 *
 * <p>{@link dev.retort.data.Table} handles ({@code op.table("user", ...)}) build {@code UPDATE},
 * {@code INSERT}, {@code DELETE} and {@code SELECT} statements with quoted names and bound values;
 * {@link dev.retort.data.Queries} runs hand-written reads. The package knows JDBC and nothing of
 * the runtime or the dialects: the runtime hands it a {@link dev.retort.data.DataSession} (the
 * revision's connection, quoting, and the path its statements take).
 */
package dev.retort.data;
