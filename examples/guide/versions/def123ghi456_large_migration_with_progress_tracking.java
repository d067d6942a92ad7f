import dev.retort.Migration;
import dev.retort.Revision;
import dev.retort.ops.Ops;

/**
 * Pattern "Migration with Progress Tracking".
 *
 * <p>Improved: the guide's {@code WHERE id IN (SELECT ... LIMIT n)} is not valid on MySQL, its
 * {@code RETURNING} is PostgreSQL-only, and it prints its own progress. {@code op.backfill} reports
 * done/total, rows per second and the time left after each batch (a live bar on a terminal, plain
 * lines in a log) and records the rows in {@code retort_history}. The guide's downgrade sets
 * {@code processed = FALSE}, a state the rows never had (they were NULL); here it restores NULL.
 */
@Revision(id = "def123ghi456", revises = "abc890def123",
          message = "Large migration with progress tracking", created = "2026-01-14 20:00:00")
final class LargeMigrationWithProgressTracking implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.backfill("large_table", b -> b.set("processed", "?", true).where("processed IS NULL OR processed = ?", false));
    }

    @Override
    public void downgrade(Ops op) {
        op.backfill("large_table", b -> b.set("processed", "NULL").where("processed IS NOT NULL"));
    }
}
