package dev.retort;

import dev.retort.ops.Ops;

/**
 * The body of a Java revision: what {@code upgrade} applies and what {@code downgrade} reverts.
 *
 * <p>A revision file declares one class implementing this interface, annotated with {@link
 * Revision}. Both methods must be written out: a downgrade that cannot be done says so through the
 * operations API rather than being left empty, so that the version table and the schema never
 * disagree.
 */
public interface Migration {
    /** Applies this revision. */
    void upgrade(Ops op);

    /** Reverts this revision. */
    void downgrade(Ops op);
}
