import dev.retort.Migration;
import dev.retort.Revision;
import dev.retort.ops.Ops;
import dev.retort.ops.ReferentialAction;
import dev.retort.ops.Types;

/**
 * Pattern "Complex Relationship Changes".
 *
 * <p>Improved: the foreign keys reference {@code user}, quoted where it is a reserved word.
 * Dropping the table also drops its indexes, as in the guide.
 */
@Revision(id = "jkl012mno345", revises = "ghi789jkl012",
          message = "Add many-to-many relationship between users and roles", created = "2026-01-14 13:00:00")
final class AddManyToManyRelationshipBetweenUsersAndRoles implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.createTable("user_roles", t -> t
                .column("user_id", Types.integer(), c -> c.notNull())
                .column("role_id", Types.integer(), c -> c.notNull())
                .foreignKey(fk -> fk.columns("user_id").references("user", "id").onDelete(ReferentialAction.CASCADE))
                .foreignKey(fk -> fk.columns("role_id").references("role", "id").onDelete(ReferentialAction.CASCADE))
                .primaryKey("user_id", "role_id"));
        op.createIndex("ix_user_roles_user_id", "user_roles", "user_id");
        op.createIndex("ix_user_roles_role_id", "user_roles", "role_id");
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("user_roles");
    }
}
