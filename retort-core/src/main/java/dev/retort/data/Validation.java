package dev.retort.data;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checks of one migration run: preconditions and postconditions checked where they are called,
 * and row-count guards checked when the revision's body has finished ({@link #complete()}).
 * Offline, nothing can be counted: each check leaves a comment in the script instead. Not
 * thread-safe.
 */
public final class Validation {
    private static final Logger LOG = LoggerFactory.getLogger(Validation.class);

    private final DataSession session;
    private final List<Runnable> atCompletion = new ArrayList<>();

    /** The checks of a migration running on {@code session}. */
    public Validation(DataSession session) {
        this.session = session;
    }

    /** Refuses to go on (a {@link PreconditionFailedException} with the count) if any row of {@code table} matches. */
    public void requireNone(String table, Condition condition, String description) {
        long count = count(table, condition, "precondition", description);
        if (count > 0) {
            throw new PreconditionFailedException("precondition failed: " + rows(count, table, description));
        }
    }

    /** Fails the revision (a {@link PostconditionFailedException} with the count) if any row of {@code table} matches. */
    public void checkNone(String table, Condition condition, String description) {
        long count = count(table, condition, "postcondition", description);
        if (count > 0) {
            throw new PostconditionFailedException("postcondition failed: " + rows(count, table, description));
        }
    }

    /** Counts {@code table} now and fails the revision if its count differs when the body has finished. */
    public void expectUnchangedRowCount(String table) {
        if (session.offline()) {
            session.note("not checked offline: the row count of " + table + " is unchanged by this revision");
            return;
        }
        long before = Table.of(session, table).count();
        atCompletion.add(() -> {
            long after = Table.of(session, table).count();
            if (after != before) {
                throw new PostconditionFailedException("postcondition failed: table " + table + " had " + before
                        + (before == 1 ? " row" : " rows") + " before this revision and has " + after + " after it");
            }
            LOG.info("row count of {} unchanged: {}", table, after);
        });
    }

    /** Runs the checks that wait for the end of the revision's body, in the order they were declared. */
    public void complete() {
        atCompletion.forEach(Runnable::run);
        atCompletion.clear();
    }

    private long count(String table, Condition condition, String kind, String description) {
        if (session.offline()) {
            session.note(kind + " not checked offline: no rows of " + table + " " + description);
            return 0;
        }
        return Table.of(session, table).count(condition);
    }

    /** "12 rows of user have an empty email"; the verb agrees when there is one row. */
    static String rows(long count, String table, String description) {
        String phrase = description;
        if (count == 1) {
            for (String[] verb : new String[][] {{"have ", "has "}, {"are ", "is "}, {"were ", "was "}}) {
                if (phrase.startsWith(verb[0])) {
                    phrase = verb[1] + phrase.substring(verb[0].length());
                }
            }
        }
        return count + (count == 1 ? " row" : " rows") + " of " + table + " " + phrase;
    }
}
