package dev.retort.cli;

import dev.retort.testing.DatabaseKind;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What a fault-injection database holds, read directly with JDBC: the version table, the {@code
 * applied} log, the {@code t_NNN} tables and {@code retort_history}.
 *
 * @param versions the version table's rows
 * @param applied the {@code applied} log's rows, or empty when the table does not exist
 * @param tables the numbers of the {@code t_NNN} tables that exist
 * @param history {@code revision direction outcome} of each history row, oldest first
 * @param details each history row's detail (null when none), in the same order
 */
record DatabaseState(
        List<String> versions,
        Optional<List<String>> applied,
        TreeSet<Integer> tables,
        List<String> history,
        List<String> details) {

    static DatabaseState read(TestDatabase db) {
        try (Connection c = db.connect()) {
            List<String> names = tableNames(c);
            List<String> versions =
                    names.contains("retort_version") ? column(c, "SELECT version_num FROM retort_version") : List.of();
            Optional<List<String>> applied = names.contains("applied")
                    ? Optional.of(column(c, "SELECT revision FROM applied ORDER BY revision"))
                    : Optional.empty();
            TreeSet<Integer> tables = new TreeSet<>();
            for (String name : names) {
                if (name.matches("t_\\d{3}")) {
                    tables.add(Integer.parseInt(name.substring(2)));
                }
            }
            List<String> history = new ArrayList<>();
            List<String> details = new ArrayList<>();
            if (names.contains("retort_history")) {
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery(
                                "SELECT revision, direction, outcome, detail FROM retort_history ORDER BY id")) {
                    while (rs.next()) {
                        history.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                        details.add(rs.getString(4));
                    }
                }
            }
            return new DatabaseState(versions, applied, tables, history, details);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + db + ": " + e.getMessage(), e);
        }
    }

    /** The revision number the version table names (0 at base); -1 if it names several. */
    int at() {
        if (versions.isEmpty()) {
            return 0;
        }
        return versions.size() == 1 ? Integer.parseInt(versions.get(0).substring(1)) : -1;
    }

    /** The index of the last history row whose outcome is {@code running} or {@code dirty}, or -1. */
    int dirtyRow() {
        for (int i = history.size() - 1; i >= 0; i--) {
            String row = history.get(i);
            String revision = row.substring(0, row.indexOf(' '));
            boolean laterRow = false;
            for (int j = i + 1; j < history.size(); j++) {
                laterRow |= history.get(j).startsWith(revision + " ");
            }
            if (!laterRow && (row.endsWith(" running") || row.endsWith(" dirty"))) {
                return i;
            }
        }
        return -1;
    }

    /** Waits until no other session is connected to the database, so that a killed run's work is over. */
    static void waitForIdle(TestDatabase db) throws InterruptedException {
        String sql =
                switch (db.kind()) {
                    case POSTGRESQL ->
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                                + " AND pid <> pg_backend_pid()";
                    case MARIADB ->
                        "SELECT count(*) FROM information_schema.processlist WHERE db = DATABASE()"
                                + " AND id <> CONNECTION_ID()";
                    default -> null;
                };
        if (sql == null) {
            return;
        }
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Connection c = db.connect();
                    PreparedStatement s = c.prepareStatement(sql);
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    return;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("a killed run's session to " + db + " did not end within 20 s");
    }

    private static List<String> tableNames(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    private static List<String> column(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    static boolean transactional(DatabaseKind kind) {
        return kind == DatabaseKind.SQLITE || kind == DatabaseKind.POSTGRESQL;
    }
}
