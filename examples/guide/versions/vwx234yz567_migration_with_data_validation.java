import dev.retort.Migration;
import dev.retort.Revision;
import dev.retort.ops.Column;
import dev.retort.ops.Ops;
import dev.retort.ops.Types;

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
        op.requireNone("user", "email IS NULL OR email = ''", "have an empty email");
        op.addColumn("user", Column.of("email_normalized", Types.string(255)));
        op.execute("UPDATE " + op.quote("user") + " SET email_normalized = LOWER(TRIM(email)) WHERE email IS NOT NULL");
        op.checkNone("user", "email IS NOT NULL AND email_normalized IS NULL", "have no email_normalized");
    }

    @Override
    public void downgrade(Ops op) {
        op.dropColumn("user", "email_normalized");
    }
}
