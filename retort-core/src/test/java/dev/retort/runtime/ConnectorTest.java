package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.testing.DatabaseKind;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectorTest {
    @Test
    void rejectsAUrlThatIsNotJdbc() {
        assertThatThrownBy(() -> Connector.open("postgres://u:secret@h/db", Optional.empty(), Optional.empty()))
                .isInstanceOf(DatabaseConnectException.class)
                .hasMessage("invalid database URL 'postgres://u:****@h/db': expected jdbc:<database>:...,"
                        + " e.g. jdbc:sqlite:app.db");
    }

    @Test
    void namesTheMissingDriver() {
        assertThatThrownBy(() -> Connector.open(
                        "jdbc:oracle:thin:@h:1521/x?password=secret", Optional.empty(), Optional.empty()))
                .hasMessageStartingWith("no JDBC driver for 'jdbc:oracle:thin:@h:1521/x?password=****'")
                .hasMessageNotContaining("secret");
    }

    @Test
    void wrongCredentialsOnMariadbSayWhatToCheckWithoutThePassword() {
        TestDatabase.assumeAvailable(DatabaseKind.MARIADB);
        assertThatThrownBy(() -> Connector.open(
                        "jdbc:mariadb://127.0.0.1:3306/test", Optional.of("root"), Optional.of("wrong-secret")))
                .isInstanceOf(DatabaseConnectException.class)
                .hasMessageStartingWith("cannot connect to jdbc:mariadb://127.0.0.1:3306/test as 'root': ")
                .hasMessageContaining("check the user and password")
                .hasMessageNotContaining("wrong-secret");
    }

    @Test
    void unknownRoleOnPostgresIsReported() {
        TestDatabase.assumeAvailable(DatabaseKind.POSTGRESQL);
        assertThatThrownBy(() -> Connector.open(
                        "jdbc:postgresql://127.0.0.1:5432/test", Optional.of("no_such_role"), Optional.of("pw")))
                .hasMessageStartingWith("cannot connect to jdbc:postgresql://127.0.0.1:5432/test as 'no_such_role': ")
                .hasMessageContaining("no_such_role");
    }

    @Test
    void serverThatIsNotListeningIsReported() {
        assertThatThrownBy(() -> Connector.open(
                        "jdbc:postgresql://127.0.0.1:1/test?connectTimeout=2", Optional.empty(), Optional.empty()))
                .hasMessageStartingWith("cannot connect to jdbc:postgresql://127.0.0.1:1/test?connectTimeout=2: ")
                .hasMessageEndingWith("(is the server running and reachable?)");
    }

    @Test
    void opensEmbeddedDatabases() throws Exception {
        try (TestDatabase db = TestDatabase.create(DatabaseKind.SQLITE);
                Connection c = Connector.open(db.url(), Optional.empty(), Optional.empty())) {
            assertThat(c.isValid(1)).isTrue();
        }
    }
}
