package dev.retort.runtime;

import dev.retort.RetortException;

/**
 * A Java revision's {@code downgrade()} issued no operation and did not declare that it has nothing
 * to undo ({@code op.noop("why")}): left as it is, the version table would move back while the
 * schema stays, so the downgrade fails and is rolled back.
 */
public final class EmptyDowngradeException extends RetortException {
    private static final long serialVersionUID = 1L;

    EmptyDowngradeException() {
        super("downgrade() issued no operation: write the statements that undo upgrade(), call op.noop(\"why\")"
                + " if there is nothing to undo, or annotate the class @Irreversible(\"why\") if it cannot be undone");
    }
}
