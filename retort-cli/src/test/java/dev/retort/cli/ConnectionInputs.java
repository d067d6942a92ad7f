package dev.retort.cli;

import static dev.retort.cli.BadInputTest.PASSWORD;

import dev.retort.testing.DatabaseKind;
import java.util.List;

/** Bad database URLs and credentials, unreachable servers. */
final class ConnectionInputs {
    private ConnectionInputs() {}

    private static final String CHECK_CREDENTIALS = " (check the user and password: --user/--password,"
            + " RETORT_USER/RETORT_PASSWORD, or [database] in retort.toml)";

    private static BadInput current(String name, String url) {
        return BadInput.of(name).given(Sandbox::scripts).run("--url", url, "current");
    }

    private static String mariadb(Sandbox s) {
        return "jdbc:mariadb://127.0.0.1:3306/" + s.db().name();
    }

    private static BadInput wrongMariadbPassword(String name) {
        return BadInput.of(name)
                .on(DatabaseKind.MARIADB)
                .given(Sandbox::scripts)
                .fails(s -> "~\\Qerror: cannot connect to " + mariadb(s) + " as 'root': \\E\\(conn=\\d+\\) \\QAccess"
                        + " denied for user 'root'@'127.0.0.1' (using password: YES)" + CHECK_CREDENTIALS + "\\E");
    }

    static List<BadInput> cases() {
        return List.of(
                current("not a JDBC URL", "postgres://localhost/app")
                        .fails("error: invalid database URL 'postgres://localhost/app': expected jdbc:<database>:...,"
                                + " e.g. jdbc:sqlite:app.db"),
                current("unknown JDBC driver", "jdbc:oracle:thin:@//db:1521/app")
                        .fails("error: no JDBC driver for 'jdbc:oracle:thin:@//db:1521/app': Retort ships drivers for"
                                + " SQLite, PostgreSQL, MariaDB/MySQL and H2; put another driver on the classpath"),
                current(
                                "server not listening, password in the URL",
                                "jdbc:postgresql://127.0.0.1:1/app?password=" + PASSWORD + "&connectTimeout=2")
                        .fails(
                                "error: cannot connect to jdbc:postgresql://127.0.0.1:1/app?password=****&connectTimeout=2:"
                                        + " Connection to 127.0.0.1:1 refused. Check that the hostname and port are correct and"
                                        + " that the postmaster is accepting TCP/IP connections. (is the server running and"
                                        + " reachable?)"),
                current(
                                "server not listening, password in the user info",
                                "jdbc:mariadb://root:" + PASSWORD + "@127.0.0.1:1/app?connectTimeout=2000")
                        .fails("error: cannot connect to jdbc:mariadb://root:****@127.0.0.1:1/app?connectTimeout=2000:"
                                + " Incorrect port value : ****@127.0.0.1"),
                current(
                                "PostgreSQL unknown database",
                                "jdbc:postgresql://127.0.0.1:5432/retort_no_such_db?user=postgres")
                        .fails(
                                "error: cannot connect to jdbc:postgresql://127.0.0.1:5432/retort_no_such_db?user=postgres:"
                                        + " FATAL: database \"retort_no_such_db\" does not exist"),
                BadInput.of("PostgreSQL unknown role")
                        .on(DatabaseKind.POSTGRESQL)
                        .given(Sandbox::scripts)
                        .run(s -> List.of(
                                "--url",
                                "jdbc:postgresql://127.0.0.1:5432/" + s.db().name(),
                                "--user",
                                "no_such_role",
                                "--password",
                                PASSWORD,
                                "upgrade"))
                        .fails(s -> "error: cannot connect to jdbc:postgresql://127.0.0.1:5432/" + s.db().name()
                                + " as 'no_such_role': FATAL: role \"no_such_role\" does not exist"
                                + CHECK_CREDENTIALS),
                wrongMariadbPassword("MariaDB wrong password on the command line")
                        .run(s -> List.of("--url", mariadb(s), "--user", "root", "--password", PASSWORD, "upgrade")),
                wrongMariadbPassword("MariaDB wrong password in the environment")
                        .given(s -> s.env().put("RETORT_PASSWORD", PASSWORD))
                        .run(s -> List.of("--url", mariadb(s), "--user", "root", "upgrade")),
                wrongMariadbPassword("MariaDB wrong password in the config, through a variable")
                        .given(s -> s.env().put("APP_DB_PASSWORD", PASSWORD))
                        .given(s -> s.write(
                                "retort.toml",
                                "[database]\nurl = \"" + mariadb(s)
                                        + "\"\nuser = \"root\"\npassword = \"${APP_DB_PASSWORD}\"\n"))
                        .run("upgrade"),
                BadInput.of("MariaDB unknown database")
                        .given(Sandbox::scripts)
                        .run("--url", "jdbc:mariadb://127.0.0.1:3306/retort_no_such_db?user=root", "upgrade")
                        .fails(
                                "~\\Qerror: cannot connect to jdbc:mariadb://127.0.0.1:3306/retort_no_such_db?user=root:\\E"
                                        + " \\(conn=\\d+\\) Unknown database 'retort_no_such_db'"),
                current("SQLite file in a missing directory", "jdbc:sqlite:/nonexistent-dir/app.db")
                        .fails("error: cannot connect to jdbc:sqlite:/nonexistent-dir/app.db: [SQLITE_CANTOPEN] Unable"
                                + " to open the database file (unable to open database file) (the directory"
                                + " /nonexistent-dir does not exist; SQLite creates the file, not its directory)"),
                current("H2 unknown setting", "jdbc:h2:mem:app;NO_SUCH_SETTING=1")
                        .fails("error: cannot connect to jdbc:h2:mem:app;NO_SUCH_SETTING=1: Unsupported connection"
                                + " setting \"NO_SUCH_SETTING\" [90113-232]"));
    }
}
