package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.DatabaseKind;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;

/** The checks after each kill of {@link KillLoopIT}, and the repair of a dirty revision. */
final class KillChecks {
    private final TestDatabase db;
    private final Path dir;
    private final int revisions;
    private final Random random;
    private final KillStats stats;

    KillChecks(TestDatabase db, Path dir, int revisions, Random random, KillStats stats) {
        this.db = db;
        this.dir = dir;
        this.revisions = revisions;
        this.random = random;
        this.stats = stats;
    }

    /** Counts a hot journal a killed SQLite run left behind (the next connection rolls it back). */
    void hotJournal() {
        if (db.kind() == DatabaseKind.SQLITE) {
            Path journal = Path.of(db.url().substring("jdbc:sqlite:".length()) + "-journal");
            if (Files.exists(journal)) {
                stats.hotJournals++;
            }
        }
    }

    /** Checks the database after a run; repairs a dirty revision first. Returns the revision it is at. */
    int settle() throws Exception {
        DatabaseState state = DatabaseState.read(db);
        int dirty = state.dirtyRow();
        if (dirty >= 0) {
            assertThat(DatabaseState.transactional(db.kind()))
                    .as("a dirty revision on a database with transactional DDL: " + state.history())
                    .isFalse();
            repair(state, dirty);
            state = DatabaseState.read(db);
            assertThat(state.dirtyRow()).as(state.history().toString()).isEqualTo(-1);
        }
        assertAtBoundary(state);
        return state.at();
    }

    /** The version table names revision k and exactly the effects of r001..rk are there. */
    private void assertAtBoundary(DatabaseState state) {
        int k = state.at();
        assertThat(k).as("version table " + state.versions()).isBetween(0, revisions);
        List<String> applied = new ArrayList<>();
        TreeSet<Integer> tables = new TreeSet<>();
        for (int i = 1; i <= k; i++) {
            applied.add(FaultScripts.id(i));
            if (i > 1) {
                tables.add(i);
            }
        }
        assertThat(state.applied())
                .as("the applied log at " + k)
                .isEqualTo(k == 0 ? Optional.empty() : Optional.of(applied));
        assertThat(state.tables()).as("the t_NNN tables at " + k).isEqualTo(tables);
    }

    private void repair(DatabaseState state, int row) throws Exception {
        String[] entry = state.history().get(row).split(" ");
        String revision = entry[0];
        String direction = entry[1];
        int j = Integer.parseInt(revision.substring(1));
        assertThat(entry[2]).isEqualTo("running");
        assertThat(state.at())
                .as("the version table of a dirty " + direction)
                .isEqualTo(direction.equals("upgrade") ? j - 1 : j);

        RetortProcess refused = RetortProcess.start(dir, "--url", db.url(), "upgrade", "heads");
        assertThat(refused.finish()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.err())
                .matches("error: revision " + revision + " \\(versions/" + revision + "_r\\.sql\\) is dirty: its "
                        + direction + " at [0-9: -]+ UTC by \\S+ never finished \\(the process or its database"
                        + " connection died in the middle of it\\); recorded: .*; nothing was run\n");

        String detail = Objects.requireNonNull(state.details().get(row), "detail of a running row");
        int committed =
                detail.startsWith("no statement") ? 0 : Integer.parseInt(detail.substring(0, detail.indexOf(' ')));
        int started = detail.contains("; then started") ? 1 : 0;
        List<Boolean> effects = effects(state, j, direction);
        for (int i = 1; i <= effects.size(); i++) {
            Boolean visible = effects.get(i - 1);
            if (visible != null && i <= committed) {
                assertThat(visible)
                        .as("statement " + i + " is recorded as committed: " + detail)
                        .isTrue();
            } else if (visible != null && i > committed + started) {
                assertThat(visible)
                        .as("statement " + i + " is recorded as not started: " + detail)
                        .isFalse();
            }
        }

        // as an operator would: finish the step by hand and call it applied, or undo it and call it rolled back
        String action;
        if (random.nextBoolean()) {
            execute(finish(state, j, direction));
            action = "--applied";
            stats.repairedApplied++;
        } else {
            execute(undo(state, j, direction));
            action = "--rolled-back";
            stats.repairedRolledBack++;
        }
        RetortProcess repair = RetortProcess.start(dir, "--url", db.url(), "repair", action, revision);
        assertThat(repair.finish()).as(repair.toString()).isZero();
        stats.dirty++;
    }

    /** Per statement of the revision's step, whether its effect is visible; null for the pause. */
    private static List<Boolean> effects(DatabaseState state, int j, String direction) {
        boolean log = state.applied().isPresent();
        boolean logged =
                state.applied().map(a -> a.contains(FaultScripts.id(j))).orElse(false);
        boolean table = state.tables().contains(j);
        if (direction.equals("upgrade")) {
            return j == 1 ? Arrays.asList(log, logged) : Arrays.asList(table, null, logged);
        }
        return j == 1 ? Arrays.asList(!log) : Arrays.asList(!logged, null, !table);
    }

    /** The statements that undo whatever part of the step is in place. */
    private static List<String> undo(DatabaseState state, int j, String direction) {
        return direction.equals("upgrade") ? unapply(state, j) : reapply(state, j);
    }

    /** The statements that do whatever part of the step is missing. */
    private static List<String> finish(DatabaseState state, int j, String direction) {
        return direction.equals("upgrade") ? reapply(state, j) : unapply(state, j);
    }

    /** Makes revision j's effects present. */
    private static List<String> reapply(DatabaseState state, int j) {
        List<String> sql = new ArrayList<>();
        if (state.applied().isEmpty()) {
            sql.add("CREATE TABLE applied (revision VARCHAR(64) NOT NULL)");
        }
        if (j > 1 && !state.tables().contains(j)) {
            sql.add("CREATE TABLE " + FaultScripts.table(j) + " (id INTEGER)");
        }
        if (!state.applied().map(a -> a.contains(FaultScripts.id(j))).orElse(false)) {
            sql.add("INSERT INTO applied VALUES ('" + FaultScripts.id(j) + "')");
        }
        return sql;
    }

    /** Makes revision j's effects absent. */
    private static List<String> unapply(DatabaseState state, int j) {
        List<String> sql = new ArrayList<>();
        if (j == 1) {
            if (state.applied().isPresent()) {
                sql.add("DROP TABLE applied");
            }
            return sql;
        }
        if (state.applied().map(a -> a.contains(FaultScripts.id(j))).orElse(false)) {
            sql.add("DELETE FROM applied WHERE revision = '" + FaultScripts.id(j) + "'");
        }
        if (state.tables().contains(j)) {
            sql.add("DROP TABLE " + FaultScripts.table(j));
        }
        return sql;
    }

    private void execute(List<String> sql) throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }
}
