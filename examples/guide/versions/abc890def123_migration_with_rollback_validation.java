import dev.retort.Migration;
import dev.retort.Revision;
import dev.retort.ops.Column;
import dev.retort.ops.Ops;
import dev.retort.ops.Types;

/**
 * Pattern "Migration with Rollback Validation".
 *
 * <p>Improved: the guide raises after its changes and relies on the transaction to undo them,
 * which MySQL's implicit DDL commits defeat; here the row-count guard is checked when the body has
 * finished, a failure rolls back what can be rolled back, and the version table never records the
 * revision. Progress goes to the migration log, not {@code print}.
 */
@Revision(id = "abc890def123", revises = "yz567abc890",
          message = "Migration with rollback validation", created = "2026-01-14 19:00:00")
final class MigrationWithRollbackValidation implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.expectUnchangedRowCount("user");
        op.addColumn("user", Column.of("new_field", Types.string(50)));
    }

    @Override
    public void downgrade(Ops op) {
        op.expectUnchangedRowCount("user");
        op.dropColumn("user", "new_field");
    }
}
