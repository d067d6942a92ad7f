package dev.retort.runtime;

import static java.util.regex.Pattern.quote;

import dev.retort.testing.TestDatabase;
import java.net.InetAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The exact timeout messages, as patterns: only durations, ports and H2 session ids vary. */
final class Expected {
    private Expected() {}

    static String timeout(TestDatabase db, Connection holder, String key, String after) throws Exception {
        String url = db.url().replace("password=", "password=****");
        return quote("timed out after " + after + " waiting for the migration lock on " + url + " (")
                + subject(db, key)
                + quote("): held by ")
                + holder(db, holder)
                + quote("; raise --lock-timeout or stop that run");
    }

    private static String subject(TestDatabase db, String key) throws Exception {
        return switch (db.kind()) {
            case SQLITE -> quote("lock file " + sqliteFile(db) + ".retort-lock");
            case MARIADB -> quote("key " + LockNames.mysqlName(db.name(), key));
            default -> quote("key retort:" + key);
        };
    }

    private static String holder(TestDatabase db, Connection holder) throws Exception {
        String process = quote("process " + ProcessHandle.current().pid() + "@"
                        + InetAddress.getLocalHost().getHostName() + " (this process) for ")
                + "\\d+ s";
        return switch (db.kind()) {
            case SQLITE -> process;
            case H2 -> "session \\d+ of " + process;
            case POSTGRESQL ->
                quote("pid " + single(holder, "SELECT pg_backend_pid()")
                                + " (user postgres, application PostgreSQL JDBC Driver, from 127.0.0.1, connected ")
                        + "\\d+" + quote(" s ago)");
            case MARIADB ->
                quote("connection " + single(holder, "SELECT CONNECTION_ID()") + " (user root, from ") + "[\\w.]+:\\d+"
                        + quote(", idle for ") + "\\d+" + quote(" s)");
        };
    }

    static Path sqliteFile(TestDatabase db) throws Exception {
        return Path.of(db.url().substring("jdbc:sqlite:".length())).toRealPath();
    }

    private static String single(Connection connection, String query) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
