import dev.retort.Migration;
import dev.retort.Revision;
import dev.retort.ops.Ops;

/**
 * Pattern "Migration with Progress Tracking".
 *
 * <p>Improved: the guide's {@code WHERE id IN (SELECT ... LIMIT n)} is not valid on MySQL, its
 * {@code RETURNING} is PostgreSQL-only, and its downgrade sets {@code processed = FALSE}, a state the
 * rows never had (they were NULL). Here the downgrade restores NULL.
 */
@Revision(id = "def123ghi456", revises = "abc890def123",
          message = "Large migration with progress tracking", created = "2026-01-14 20:00:00")
final class LargeMigrationWithProgressTracking implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.execute("UPDATE large_table SET processed = ? WHERE processed IS NOT TRUE", true);
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("UPDATE large_table SET processed = NULL");
    }
}
