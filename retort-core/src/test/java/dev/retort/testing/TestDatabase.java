package dev.retort.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh, empty database of one kind, made for one test and dropped by {@link #close()}.
 *
 * <p>PostgreSQL and MariaDB are the local servers (127.0.0.1, {@code postgres} with trust auth,
 * {@code root} with an empty password); override with {@code RETORT_TEST_PG_URL} /
 * {@code RETORT_TEST_MARIADB_URL} (an admin URL of the server). When a server is unreachable the
 * test is skipped, unless {@code RETORT_TEST_REQUIRE_SERVERS=1}, which turns that into a failure
 * (CI sets it). Not thread-safe.
 */
public final class TestDatabase implements AutoCloseable {
    private static final String PG_ADMIN =
            env("RETORT_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    private static final String MARIADB_ADMIN =
            env("RETORT_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root&password=");

    private final DatabaseKind kind;
    private final String name;
    private final String url;
    private final Path directory;

    private TestDatabase(DatabaseKind kind, String name, String url, Path directory) {
        this.kind = kind;
        this.name = name;
        this.url = url;
        this.directory = directory;
    }

    /** Creates a fresh database of the given kind, skipping the test if its server is down. */
    public static TestDatabase create(DatabaseKind kind) {
        String name =
                "retort_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            switch (kind) {
                case SQLITE: {
                    Path dir = Files.createTempDirectory("retort-test-");
                    return new TestDatabase(kind, name, "jdbc:sqlite:" + dir.resolve(name + ".db"), dir);
                }
                case H2: {
                    Path dir = Files.createTempDirectory("retort-test-");
                    return new TestDatabase(kind, name, "jdbc:h2:" + dir.resolve(name), dir);
                }
                case POSTGRESQL:
                    admin(kind, "CREATE DATABASE " + name);
                    return new TestDatabase(
                            kind,
                            name,
                            "jdbc:postgresql://" + hostPort(PG_ADMIN) + "/" + name + "?user=postgres",
                            null);
                case MARIADB:
                    admin(kind, "CREATE DATABASE " + name);
                    return new TestDatabase(
                            kind,
                            name,
                            "jdbc:mariadb://" + hostPort(MARIADB_ADMIN) + "/" + name + "?user=root&password=",
                            null);
                default:
                    throw new IllegalArgumentException(kind.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether servers are required (CI): a missing server fails instead of skipping. */
    public static boolean serversRequired() {
        return "1".equals(System.getenv("RETORT_TEST_REQUIRE_SERVERS"));
    }

    /** Skips (or, when servers are required, fails) the current test if {@code kind}'s server is down. */
    public static void assumeAvailable(DatabaseKind kind) {
        if (!kind.isServer()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(adminUrl(kind))) {
            c.isValid(2);
        } catch (SQLException e) {
            unavailable(kind, e);
        }
    }

    private static void admin(DatabaseKind kind, String sql) {
        try (Connection c = DriverManager.getConnection(adminUrl(kind));
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            if (isConnectFailure(e)) {
                unavailable(kind, e);
            }
            throw new IllegalStateException(kind + ": " + sql + ": " + e.getMessage(), e);
        }
    }

    private static boolean isConnectFailure(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.equals("28000"));
    }

    private static void unavailable(DatabaseKind kind, SQLException e) {
        String why = kind + " server is not reachable (" + e.getMessage() + ")";
        if (serversRequired()) {
            throw new IllegalStateException(why + " and RETORT_TEST_REQUIRE_SERVERS=1", e);
        }
        Assumptions.abort(why);
    }

    private static String adminUrl(DatabaseKind kind) {
        return kind == DatabaseKind.POSTGRESQL ? PG_ADMIN : MARIADB_ADMIN;
    }

    private static String hostPort(String url) {
        String rest = url.substring(url.indexOf("//") + 2);
        return rest.substring(0, rest.indexOf('/'));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** The kind of this database. */
    public DatabaseKind kind() {
        return kind;
    }

    /** The database (or file) name, unique to this test. */
    public String name() {
        return name;
    }

    /** A JDBC URL with credentials included, as a user would configure it. */
    public String url() {
        return url;
    }

    /** The dialect name as Retort's {@code --dialect} option spells it. */
    public String dialectName() {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** Opens a new connection to this database. */
    public Connection connect() {
        try {
            return DriverManager.getConnection(url);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + kind + ": " + e.getMessage(), e);
        }
    }

    /** Drops the database (servers) or deletes its files (embedded). */
    @Override
    public void close() {
        if (kind.isServer()) {
            String drop = kind == DatabaseKind.POSTGRESQL
                    ? "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"
                    : "DROP DATABASE IF EXISTS " + name;
            admin(kind, drop);
            return;
        }
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return kind.toString();
    }
}
