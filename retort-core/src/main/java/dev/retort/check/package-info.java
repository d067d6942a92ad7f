/**
 * {@code retort check} and the safety checks every run makes before it touches the database.
 *
 * <p>{@link dev.retort.check.Checker} validates a script directory (graph, every SQL file split
 * with the target's syntax, every Java file compiled), compares the database's record of applied
 * revisions with the files ({@link dev.retort.check.AppliedRevisions}: changed checksums, revisions
 * applied whose file is gone, a version table naming an unknown revision, revisions left dirty by
 * an interrupted or partly failed run) and lints the revisions not yet applied. Runs use {@link
 * dev.retort.check.AppliedRevisions} to refuse before their first step.
 */
package dev.retort.check;
