package dev.retort.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** What a backfill does to the rows of one batch window {@code (lo, hi]}, inside the batch's transaction. */
interface BatchWork {
    /** Processes the window and returns the rows processed. */
    long run(Connection connection, List<Object> lo, List<Object> hi) throws SQLException;
}
