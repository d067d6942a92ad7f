import dev.retort.Migration;
import dev.retort.Revision;
import dev.retort.ops.Ops;
import dev.retort.ops.Types;

/**
 * Pattern "Changing Column Types".
 *
 * <p>Improved: the {@code existing*} hints say everything about the column (its type and that it
 * is NOT NULL), so MySQL's {@code MODIFY} keeps the column NOT NULL instead of silently making it
 * nullable, and on SQLite the batch rebuilds the table (SQLite cannot change a type in place),
 * converting values with CAST and refusing a conversion that would lose data.
 */
@Revision(id = "ghi789jkl012", revises = "def456ghi789",
          message = "Change column types for improved precision", created = "2026-01-14 12:00:00")
final class ChangeColumnTypesForImprovedPrecision implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.batchAlterTable("product", batch -> batch.alterColumn("price", c -> c
                .type(Types.numeric(10, 2))
                .existingType(Types.floatType())
                .existingNullable(false)));
    }

    @Override
    public void downgrade(Ops op) {
        op.batchAlterTable("product", batch -> batch.alterColumn("price", c -> c
                .type(Types.floatType())
                .existingType(Types.numeric(10, 2))
                .existingNullable(false)));
    }
}
