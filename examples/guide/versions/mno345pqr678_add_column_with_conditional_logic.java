import dev.retort.Migration;
import dev.retort.Revision;
import dev.retort.ops.Column;
import dev.retort.ops.Ops;
import dev.retort.ops.Types;

/**
 * Pattern "Conditional Migration Logic".
 *
 * <p>Improved: values are bound as parameters (never formatted into SQL) and the reserved word
 * {@code user} is quoted by the dialect.
 */
@Revision(id = "mno345pqr678", revises = "jkl012mno345",
          message = "Add column with conditional logic based on existing data", created = "2026-01-14 14:00:00")
final class AddColumnWithConditionalLogic implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.addColumn("user", Column.of("status", Types.string(20)).notNull().serverDefault("active"));
        String user = op.quote("user");
        op.execute("UPDATE " + user + " SET status = ? WHERE is_active = ?", "active", true);
        op.execute("UPDATE " + user + " SET status = ? WHERE is_active = ?", "inactive", false);
    }

    @Override
    public void downgrade(Ops op) {
        op.dropColumn("user", "status");
    }
}
