package dev.retort.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TestDatabaseTest {
    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void eachDatabaseStartsEmptyAndIsUsable(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind);
                Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE probe (id INTEGER PRIMARY KEY)");
            s.execute("INSERT INTO probe VALUES (1)");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM probe")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }
}
