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
 * Pattern "Migration with Validation".
 *
 * <p>Improved: the guide's file uses {@code sa.Column} without importing {@code sqlalchemy}, so it
 * fails with a NameError only after its first query; a Java revision that does not compile is
 * reported before anything runs. The precondition refuses to start with the offending count, and
 * the postcondition rolls the revision back.
 */
@Revision(id = "vwx234yz567", revises = "stu901vwx234",
          message = "Migration with data validation", created = "2026-01-14 17:00:00")
final class MigrationWithDataValidation implements Migration {
    @Override
    public void upgrade(Ops op) {
        String user = op.quote("user");
        long invalid = scalar(op, "SELECT COUNT(*) FROM " + user + " WHERE email IS NULL OR email = ''");
        if (invalid > 0) {
            throw new RetortException("cannot migrate: " + invalid + " rows of user have an empty email");
        }
        op.addColumn("user", Column.of("email_normalized", Types.string(255)));
        op.execute("UPDATE " + user + " SET email_normalized = LOWER(TRIM(email)) WHERE email IS NOT NULL");
        long broken = scalar(op, "SELECT COUNT(*) FROM " + user + " WHERE email IS NOT NULL AND email_normalized IS NULL");
        if (broken > 0) {
            throw new RetortException("migration resulted in invalid data: " + broken + " rows without email_normalized");
        }
    }

    @Override
    public void downgrade(Ops op) {
        op.dropColumn("user", "email_normalized");
    }

    private static long scalar(Ops op, String sql) {
        try (Statement s = op.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new RetortException(e.getMessage(), e);
        }
    }
}
