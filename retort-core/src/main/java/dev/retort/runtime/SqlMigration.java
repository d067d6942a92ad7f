package dev.retort.runtime;

import dev.retort.IrreversibleMigrationException;
import dev.retort.Migration;
import dev.retort.ops.Ops;
import dev.retort.script.SqlRevision;
import dev.retort.script.SqlStatement;
import java.util.List;

/** A {@code .sql} revision as a {@link Migration}: its statements run in order through {@link Ops}. */
final class SqlMigration implements Migration {
    private final SqlRevision revision;

    SqlMigration(SqlRevision revision) {
        this.revision = revision;
    }

    @Override
    public void upgrade(Ops op) {
        run(op, revision.upgrade());
    }

    @Override
    public void downgrade(Ops op) {
        if (!revision.script().hasDowngrade()) {
            throw new IrreversibleMigrationException(
                    "revision " + revision.script().id() + " ("
                            + revision.script().origin() + ") has no downgrade section: it cannot be reverted");
        }
        run(op, revision.downgrade());
    }

    private void run(Ops op, List<SqlStatement> statements) {
        for (SqlStatement statement : statements) {
            try {
                op.execute(statement.sql());
            } catch (RuntimeException e) {
                throw new StatementFailure(statement.line(), e);
            }
        }
    }
}
