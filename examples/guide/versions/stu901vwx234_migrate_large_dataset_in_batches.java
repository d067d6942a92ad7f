import dev.retort.Migration;
import dev.retort.Revision;
import dev.retort.ops.Ops;

/**
 * Pattern "Batch Data Migration".
 *
 * <p>Improved: the guide pages with OFFSET over {@code WHERE new_field IS NULL}; updated rows leave
 * the filter while the offset still advances, so it skips half the rows, and each page re-scans
 * the skipped ones (quadratic). Its downgrade is {@code pass}, leaving data and version table
 * disagreeing. Here {@code op.backfill} walks the table by its key in batches, each committed on
 * its own with a checkpoint (resumable, every row once, short row locks), and the downgrade
 * restores {@code new_field} to NULL, which is what it was before this revision.
 */
@Revision(id = "stu901vwx234", revises = "pqr678stu901",
          message = "Migrate large dataset in batches", created = "2026-01-14 16:00:00")
final class MigrateLargeDatasetInBatches implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.backfill("large_table", b -> b
                .set("new_field", "UPPER(old_field)")
                .where("new_field IS NULL AND old_field IS NOT NULL"));
    }

    @Override
    public void downgrade(Ops op) {
        op.backfill("large_table", b -> b.set("new_field", "NULL").where("new_field IS NOT NULL"));
    }
}
