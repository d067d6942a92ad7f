package dev.retort.check;

import dev.retort.script.JavaMethodBodies;
import dev.retort.script.RevisionScript;
import dev.retort.script.ScriptKind;
import dev.retort.script.SqlRevision;
import dev.retort.script.SqlStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A few checks of revisions that are not applied yet, for mistakes that only show when it is too
 * late: a revision that cannot be reverted, an empty upgrade or downgrade, PostgreSQL statements
 * that cannot run in the revision's transaction. Merge revisions may be empty.
 */
final class Lint {
    private static final Pattern CONCURRENTLY = Pattern.compile(
            "(?is)^\\s*(CREATE\\s+(UNIQUE\\s+)?INDEX|DROP\\s+INDEX|REINDEX\\b.*?)\\s+CONCURRENTLY\\b.*");

    private Lint() {}

    static List<Finding> check(List<RevisionScript> pending, Map<String, SqlRevision> parsed) {
        List<Finding> findings = new ArrayList<>();
        for (RevisionScript script : pending) {
            boolean merge = script.revises().size() > 1;
            if (script.kind() == ScriptKind.SQL) {
                SqlRevision sql = parsed.get(script.id());
                if (sql != null) {
                    sql(script, sql, merge, findings);
                }
            } else {
                java(script, merge, findings);
            }
        }
        return findings;
    }

    private static void sql(RevisionScript script, SqlRevision sql, boolean merge, List<Finding> findings) {
        if (!script.hasDowngrade()) {
            findings.add(Finding.inFile(
                    "lint:no-downgrade",
                    script,
                    0,
                    "no '-- +retort downgrade' section: the revision cannot be reverted and a downgrade through it"
                            + " is refused; add the section with the reverse statements"));
        }
        if (!merge && sql.upgrade().isEmpty()) {
            findings.add(Finding.inFile(
                    "lint:empty-upgrade",
                    script,
                    0,
                    "the upgrade section has no statements: the revision changes nothing"));
        } else if (!merge && script.hasDowngrade() && sql.downgrade().isEmpty()) {
            findings.add(Finding.inFile(
                    "lint:empty-downgrade",
                    script,
                    0,
                    "the downgrade section has no statements but the upgrade has: reverting would leave the"
                            + " upgrade's changes in place; write the reverse statements, or remove the section to make"
                            + " the revision irreversible on purpose"));
        }
        if (script.transactional()) {
            for (SqlStatement statement : sql.upgrade()) {
                concurrently(script, statement, findings);
            }
            for (SqlStatement statement : sql.downgrade()) {
                concurrently(script, statement, findings);
            }
        }
    }

    private static void concurrently(RevisionScript script, SqlStatement statement, List<Finding> findings) {
        if (CONCURRENTLY.matcher(statement.sql()).matches()) {
            findings.add(Finding.inFile(
                    "lint:concurrently-in-transaction",
                    script,
                    statement.line(),
                    "CONCURRENTLY cannot run inside a transaction block on PostgreSQL; add '-- +retort"
                            + " no-transaction' to the header"));
        }
    }

    private static void java(RevisionScript script, boolean merge, List<Finding> findings) {
        if (merge) {
            return;
        }
        OptionalInt upgrade = JavaMethodBodies.emptyBody(script, "upgrade");
        OptionalInt downgrade = JavaMethodBodies.emptyBody(script, "downgrade");
        if (upgrade.isPresent()) {
            findings.add(Finding.inFile(
                    "lint:empty-upgrade",
                    script,
                    upgrade.getAsInt(),
                    "upgrade() is empty: the revision changes nothing"));
        } else if (downgrade.isPresent()) {
            findings.add(Finding.inFile(
                    "lint:empty-downgrade",
                    script,
                    downgrade.getAsInt(),
                    "downgrade() is empty but upgrade() is not: reverting would leave the upgrade's changes in place;"
                            + " write the reverse operations, or throw IrreversibleMigrationException to refuse"
                            + " downgrades on purpose"));
        }
    }
}
