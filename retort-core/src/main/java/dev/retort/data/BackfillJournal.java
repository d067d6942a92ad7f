package dev.retort.data;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Where a backfill starts and how it records each committed batch, so that an interrupted backfill
 * resumes instead of starting over. The runtime keeps it in {@code retort_checkpoint}, written in
 * each batch's own transaction: a batch and its checkpoint commit together or not at all.
 */
public interface BackfillJournal {
    /** A journal without checkpoints: the backfill starts at the first row and is not resumable. */
    BackfillJournal NONE = new BackfillJournal() {
        @Override
        public Optional<String> lastKey() {
            return Optional.empty();
        }

        @Override
        public long rowsDone() {
            return 0;
        }

        @Override
        public void advance(String lastKey, long rowsDone) {}

        @Override
        public boolean keepsCheckpoints() {
            return false;
        }
    };

    /** The encoded key of the last batch an interrupted run committed; empty to start at the first row. */
    Optional<String> lastKey();

    /** The rows the interrupted run processed. */
    long rowsDone();

    /**
     * Records a batch in the batch's open transaction (the backfill commits it): the encoded key of
     * its last row and the rows processed so far.
     */
    void advance(String lastKey, long rowsDone) throws SQLException;

    /** Whether batches are checkpointed, so that a rerun resumes after the last committed one. */
    default boolean keepsCheckpoints() {
        return true;
    }
}
