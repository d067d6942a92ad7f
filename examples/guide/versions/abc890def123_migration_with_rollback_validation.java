import dev.retort.Migration;
import dev.retort.RetortException;
import dev.retort.Revision;
import dev.retort.ops.Column;
import dev.retort.ops.Ops;
import dev.retort.ops.Types;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Pattern "Migration with Rollback Validation".
 *
 * <p>Improved: the guide raises after its changes and relies on the transaction to undo them,
 * which MySQL's implicit DDL commits defeat; here a failed guard throws, Retort rolls the revision
 * back where DDL is transactional, and the version table never records it. Progress goes to the
 * migration log, not {@code print}.
 */
@Revision(id = "abc890def123", revises = "yz567abc890",
          message = "Migration with rollback validation", created = "2026-01-14 19:00:00")
final class MigrationWithRollbackValidation implements Migration {
    @Override
    public void upgrade(Ops op) {
        long before = count(op);
        op.addColumn("user", Column.of("new_field", Types.string(50)));
        long after = count(op);
        if (before != after) {
            throw new RetortException("migration changed the row count of user unexpectedly: " + before + " -> " + after);
        }
    }

    @Override
    public void downgrade(Ops op) {
        long before = count(op);
        op.dropColumn("user", "new_field");
        long after = count(op);
        if (before != after) {
            throw new RetortException("downgrade changed the row count of user unexpectedly: " + before + " -> " + after);
        }
    }

    private static long count(Ops op) {
        try (Statement s = op.connection().createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + op.quote("user"))) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new RetortException("cannot count the rows of user: " + e.getMessage(), e);
        }
    }
}
