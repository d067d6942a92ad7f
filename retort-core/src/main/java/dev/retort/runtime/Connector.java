package dev.retort.runtime;

import dev.retort.Redaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Opens JDBC connections and turns the drivers' varied failures into one-line messages that name
 * the URL (password removed) and say what to check.
 */
public final class Connector {
    private Connector() {}

    /** Opens a connection to {@code url} with optional credentials. */
    public static Connection open(String url, Optional<String> user, Optional<String> password) {
        String shown = Redaction.redactUrl(url);
        if (url == null || !url.startsWith("jdbc:") || url.indexOf(':', 5) < 0) {
            throw new DatabaseConnectException(
                    "invalid database URL '" + shown + "': expected jdbc:<database>:..., e.g. jdbc:sqlite:app.db",
                    null);
        }
        String effective = mysqlScheme(url);
        Driver driver = builtInDriver(effective).orElseGet(() -> registeredDriver(effective, shown));
        Properties properties = new Properties();
        user.ifPresent(u -> properties.setProperty("user", u));
        password.ifPresent(p -> properties.setProperty("password", p));
        try {
            Connection connection = driver.connect(effective, properties);
            if (connection == null) {
                throw new DatabaseConnectException("the JDBC driver does not accept '" + shown + "'", null);
            }
            return connection;
        } catch (SQLException e) {
            List<String> secrets = new ArrayList<>(Redaction.passwordsIn(url));
            password.ifPresent(secrets::add);
            throw new DatabaseConnectException(
                    "cannot connect to " + shown
                            + user.map(u -> " as '" + u + "'").orElse("") + ": "
                            + Redaction.redactAll(firstLine(e.getMessage()), secrets) + hint(url, e),
                    e);
        }
    }

    /**
     * The shipped driver for the URL's database, loaded directly: asking {@link DriverManager} first
     * loads and initialises every driver on the class path, which costs a short command tens of
     * milliseconds. Empty when the URL is another database's or the driver was left out.
     */
    private static Optional<Driver> builtInDriver(String url) {
        String className = url.startsWith("jdbc:sqlite:")
                ? "org.sqlite.JDBC"
                : url.startsWith("jdbc:postgresql:")
                        ? "org.postgresql.Driver"
                        : url.startsWith("jdbc:h2:")
                                ? "org.h2.Driver"
                                : url.startsWith("jdbc:mariadb:") ? "org.mariadb.jdbc.Driver" : null;
        if (className == null) {
            return Optional.empty();
        }
        try {
            Driver driver =
                    (Driver) Class.forName(className).getDeclaredConstructor().newInstance();
            return driver.acceptsURL(url) ? Optional.of(driver) : Optional.empty();
        } catch (ReflectiveOperationException | LinkageError | ClassCastException | SQLException e) {
            return Optional.empty();
        }
    }

    private static Driver registeredDriver(String url, String shown) {
        try {
            return DriverManager.getDriver(url);
        } catch (SQLException e) {
            throw new DatabaseConnectException(
                    "no JDBC driver for '" + shown + "': Retort ships drivers for "
                            + "SQLite, PostgreSQL, MariaDB/MySQL and H2; put another driver on the classpath",
                    e);
        }
    }

    /** MariaDB's driver serves {@code jdbc:mysql:} URLs only when asked to. */
    private static String mysqlScheme(String url) {
        if (!url.startsWith("jdbc:mysql:") || url.contains("permitMysqlScheme")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "permitMysqlScheme";
    }

    private static String hint(String url, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        Optional<Path> missingDirectory = sqliteDirectory(url).filter(d -> !Files.isDirectory(d));
        if (missingDirectory.isPresent()) {
            return " (the directory " + missingDirectory.get() + " does not exist; SQLite creates the file, not"
                    + " its directory)";
        }
        if (state.startsWith("28")) {
            return " (check the user and password: --user/--password, RETORT_USER/RETORT_PASSWORD, or [database] in retort.toml)";
        }
        if (state.startsWith("08")) {
            return " (is the server running and reachable?)";
        }
        return "";
    }

    private static Optional<Path> sqliteDirectory(String url) {
        if (!url.startsWith("jdbc:sqlite:")) {
            return Optional.empty();
        }
        String path = url.substring("jdbc:sqlite:".length());
        int query = path.indexOf('?');
        path = (query < 0 ? path : path.substring(0, query)).replaceFirst("^file:", "");
        if (path.isEmpty() || path.contains(":memory:")) {
            return Optional.empty();
        }
        Path parent = Path.of(path).toAbsolutePath().getParent();
        return Optional.ofNullable(parent);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
