package dev.retort.runtime;

import java.util.Optional;

/**
 * One row of {@code retort_checkpoint}: how far a revision's step got in a backfill before it was
 * interrupted.
 *
 * @param revision the revision
 * @param direction {@code upgrade} or {@code downgrade}
 * @param prefixStatements how many statements the step ran before the backfill (committed with it)
 * @param prefixHash the hash chain of those statements' SQL and of the backfills before this one
 * @param backfill which backfill of the step, counting from 0
 * @param table the backfill's table
 * @param lastKey the encoded key of the last committed batch; empty before the first
 * @param rowsDone rows this backfill processed
 * @param rowsBefore rows the step processed before this backfill
 */
record Checkpoint(
        String revision,
        String direction,
        int prefixStatements,
        String prefixHash,
        int backfill,
        String table,
        Optional<String> lastKey,
        long rowsDone,
        long rowsBefore) {}
