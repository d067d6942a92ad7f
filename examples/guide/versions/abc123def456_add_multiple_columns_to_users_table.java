import dev.retort.Migration;
import dev.retort.Revision;
import dev.retort.ops.Column;
import dev.retort.ops.Ops;
import dev.retort.ops.Types;

/**
 * Pattern "Adding Multiple Columns".
 *
 * <p>Improved: {@code is_verified}'s default is typed ({@code serverDefault(false)}), so it renders
 * {@code false} on PostgreSQL and {@code 0} on SQLite and MySQL; the guide's string {@code 'false'}
 * is not a boolean on SQLite (it stays the text 'false') nor on MySQL. The table name {@code user},
 * a reserved word, is quoted on every database.
 */
@Revision(id = "abc123def456", revises = "previous_revision_id",
          message = "Add multiple columns to users table", created = "2026-01-14 10:00:00")
final class AddMultipleColumnsToUsersTable implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.batchAlterTable("user", batch -> {
            batch.addColumn(Column.of("phone", Types.string(20)));
            batch.addColumn(Column.of("birth_date", Types.date()));
            batch.addColumn(Column.of("is_verified", Types.bool()).notNull().serverDefault(false));
            batch.addColumn(Column.of("last_login", Types.timestamp()));
        });
    }

    @Override
    public void downgrade(Ops op) {
        op.batchAlterTable("user", batch -> {
            batch.dropColumn("last_login");
            batch.dropColumn("is_verified");
            batch.dropColumn("birth_date");
            batch.dropColumn("phone");
        });
    }
}
