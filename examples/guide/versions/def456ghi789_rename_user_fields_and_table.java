import dev.retort.Migration;
import dev.retort.Revision;
import dev.retort.ops.Ops;
import dev.retort.ops.Types;

/**
 * Pattern "Renaming Columns and Tables".
 *
 * <p>Improved: the column rename carries the column's type, which MySQL/MariaDB need to rename
 * with {@code CHANGE} on older servers and which lets the rename be reversed offline.
 */
@Revision(id = "def456ghi789", revises = "abc123def456",
          message = "Rename user fields and table", created = "2026-01-14 11:00:00")
final class RenameUserFieldsAndTable implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.alterColumn("user", "old_field_name", c -> c.rename("new_field_name").existingType(Types.string(100)));
        op.renameTable("old_table_name", "new_table_name");
    }

    @Override
    public void downgrade(Ops op) {
        op.alterColumn("user", "new_field_name", c -> c.rename("old_field_name").existingType(Types.string(100)));
        op.renameTable("new_table_name", "old_table_name");
    }
}
