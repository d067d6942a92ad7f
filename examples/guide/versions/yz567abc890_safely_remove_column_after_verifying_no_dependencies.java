import dev.retort.Migration;
import dev.retort.Revision;
import dev.retort.ops.Ops;
import dev.retort.ops.Types;

/**
 * Pattern "Safe Column Removal".
 *
 * <p>Improved: the guide's {@code COMMENT ON COLUMN user.deprecated_field} does not parse on
 * PostgreSQL ({@code user} is reserved) and does not exist on MySQL or SQLite; here the comment is
 * an operation the dialect renders (a warned no-op on SQLite, which has no comments). Its downgrade
 * was {@code pass}: here it restores NOT NULL, filling rows left empty in the meantime first.
 */
@Revision(id = "yz567abc890", revises = "vwx234yz567",
          message = "Safely remove column after verifying no dependencies", created = "2026-01-14 18:00:00")
final class SafelyRemoveColumnAfterVerifyingNoDependencies implements Migration {
    static final String COMMENT = "Deprecated field, to be removed in future migration";

    @Override
    public void upgrade(Ops op) {
        op.batchAlterTable("user", batch -> batch.alterColumn("deprecated_field", c -> c
                .nullable(true)
                .comment(COMMENT)
                .existingType(Types.string(100))
                .existingNullable(false)));
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("UPDATE " + op.quote("user") + " SET deprecated_field = ? WHERE deprecated_field IS NULL", "");
        op.batchAlterTable("user", batch -> batch.alterColumn("deprecated_field", c -> c
                .nullable(false)
                .dropComment()
                .existingType(Types.string(100))
                .existingNullable(true)
                .existingComment(COMMENT)));
    }
}
