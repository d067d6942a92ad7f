import dev.retort.Migration;
import dev.retort.Revision;
import dev.retort.data.Table;
import dev.retort.ops.Column;
import dev.retort.ops.Ops;
import dev.retort.ops.Types;

/**
 * Pattern "Conditional Migration Logic".
 *
 * <p>As the guide's {@code table('user', column(...))}: a table handle builds the updates, with
 * the values bound as parameters (never formatted into SQL), the reserved word {@code user} quoted
 * by the dialect, and a misspelt column refused before any SQL runs.
 */
@Revision(id = "mno345pqr678", revises = "jkl012mno345",
          message = "Add column with conditional logic based on existing data", created = "2026-01-14 14:00:00")
final class AddColumnWithConditionalLogic implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.addColumn("user", Column.of("status", Types.string(20)).notNull().serverDefault("active"));
        Table user = op.table("user", "id", "status", "is_active");
        user.update().set("status", "active").where(user.column("is_active").eq(true)).execute();
        user.update().set("status", "inactive").where(user.column("is_active").eq(false)).execute();
    }

    @Override
    public void downgrade(Ops op) {
        op.dropColumn("user", "status");
    }
}
