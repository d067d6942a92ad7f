import dev.retort.Migration;
import dev.retort.Revision;
import dev.retort.ops.Ops;

/**
 * Pattern "Migration with Raw SQL".
 *
 * <p>Improved: the guide runs {@code CREATE INDEX CONCURRENTLY} inside the migration's transaction,
 * which PostgreSQL refuses, and writes {@code ON user (...)} unquoted, which does not parse since
 * {@code user} is reserved. Here {@code concurrently()} runs the statement in an autocommit block
 * on PostgreSQL and becomes a plain index elsewhere. MariaDB has no expression indexes; its
 * default collation compares case-insensitively, so a plain index on {@code email} serves the same
 * lookups there. {@code ANALYZE} is spelled per database.
 */
@Revision(id = "pqr678stu901", revises = "mno345pqr678",
          message = "Complex migration using raw SQL for performance", created = "2026-01-14 15:00:00")
final class ComplexMigrationUsingRawSqlForPerformance implements Migration {
    @Override
    public void upgrade(Ops op) {
        if (op.dialect().equals("mariadb")) {
            op.createIndex("idx_user_email_lower", "user", "email");
        } else {
            op.createIndex("idx_user_email_lower", "user", i -> i.expression("lower(email)").concurrently());
        }
        analyze(op, "user");
    }

    @Override
    public void downgrade(Ops op) {
        op.dropIndex("idx_user_email_lower", "user", d -> d.concurrently());
    }

    /** Updates the planner's statistics; the statement differs per database. */
    static void analyze(Ops op, String table) {
        switch (op.dialect()) {
            case "mysql", "mariadb", "h2" -> op.execute("ANALYZE TABLE " + op.quote(table));
            default -> op.execute("ANALYZE " + op.quote(table));
        }
    }
}
