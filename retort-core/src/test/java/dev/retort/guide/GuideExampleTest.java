package dev.retort.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Retort;
import dev.retort.Settings;
import dev.retort.SettingsLoader;
import dev.retort.runtime.MigrationFailedException;
import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.RunOptions;
import dev.retort.schema.ColumnSchema;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.SchemaReflector;
import dev.retort.schema.TableSchema;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The guide's patterns (examples/guide) on every database: what each one does to schema and data. */
class GuideExampleTest {
    private static final Path GUIDE = GuideLocation.guide();

    private static Retort retort(TestDatabase db) {
        Settings settings = SettingsLoader.of(GUIDE, Map.of())
                .configFile(GUIDE.resolve("retort.toml"))
                .url(db.url())
                .load();
        return Retort.create(settings);
    }

    private static void upgrade(Retort retort, String target) {
        retort.upgrade(target, RunOptions.defaults(), MigrationListener.NONE);
    }

    @ParameterizedTest
    @EnumSource(
            value = DatabaseKind.class,
            names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void everyPatternDoesWhatItSays(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind);
                Connection c = db.connect()) {
            Retort retort = retort(db);
            upgrade(retort, "previous_revision_id");
            SchemaReflector schema = SchemaReflector.forConnection(c);
            assertThat(scalar(c, "SELECT COUNT(*) FROM large_table")).isEqualTo(200_000L);

            upgrade(retort, "abc123def456");
            TableSchema user = schema.table("user").orElseThrow();
            assertThat(user.column("phone").orElseThrow().nullable()).isTrue();
            ColumnSchema verified = user.column("is_verified").orElseThrow();
            assertThat(verified.nullable()).isFalse();
            assertThat(verified.defaultExpression()).isPresent();
            assertThat(scalar(
                            c,
                            "SELECT COUNT(*) FROM " + q(kind, "user") + " WHERE is_verified = "
                                    + (kind == DatabaseKind.POSTGRESQL ? "false" : "0")))
                    .isEqualTo(5L);

            upgrade(retort, "def456ghi789");
            assertThat(schema.table("user").orElseThrow().column("new_field_name"))
                    .isPresent();
            assertThat(schema.hasTable("new_table_name")).isTrue();
            assertThat(schema.hasTable("old_table_name")).isFalse();

            upgrade(retort, "ghi789jkl012");
            ColumnSchema price =
                    schema.table("product").orElseThrow().column("price").orElseThrow();
            assertThat(price.declaredType().toLowerCase(Locale.ROOT)).matches("(numeric|decimal)\\(10, ?2\\)");
            assertThat(price.nullable()).isFalse();
            // SQLite keeps NUMERIC values as numbers (no scale); the others keep two decimals
            assertThat(strings(c, "SELECT price FROM product ORDER BY id").stream()
                            .map(v -> new java.math.BigDecimal(v)
                                    .stripTrailingZeros()
                                    .toPlainString()))
                    .containsExactly("9.99", "24.5", "100");

            upgrade(retort, "jkl012mno345");
            TableSchema userRoles = schema.table("user_roles").orElseThrow();
            assertThat(userRoles.primaryKey().orElseThrow().columns()).containsExactly("user_id", "role_id");
            assertThat(userRoles.foreignKeys())
                    .extracting(ForeignKey::referencedTable, ForeignKey::onDelete)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("user", ReferentialAction.CASCADE),
                            org.assertj.core.groups.Tuple.tuple("role", ReferentialAction.CASCADE));
            assertThat(schema.indexNames("user_roles")).contains("ix_user_roles_user_id", "ix_user_roles_role_id");

            upgrade(retort, "mno345pqr678");
            assertThat(strings(c, "SELECT status FROM " + q(kind, "user") + " ORDER BY id"))
                    .containsExactly("active", "active", "inactive", "active", "inactive");

            upgrade(retort, "pqr678stu901");
            assertThat(schema.indexNames("user")).contains("idx_user_email_lower");

            upgrade(retort, "stu901vwx234");
            assertThat(scalar(
                            c,
                            "SELECT COUNT(*) FROM large_table WHERE old_field IS NOT NULL"
                                    + " AND (new_field IS NULL OR new_field <> UPPER(old_field))"))
                    .isZero();
            assertThat(scalar(c, "SELECT COUNT(*) FROM large_table WHERE old_field IS NULL AND new_field IS NOT NULL"))
                    .isZero();

            upgrade(retort, "vwx234yz567");
            assertThat(strings(c, "SELECT email_normalized FROM " + q(kind, "user") + " WHERE id = 1"))
                    .containsExactly("alice.smith@example.com");

            upgrade(retort, "yz567abc890");
            assertThat(schema.table("user")
                            .orElseThrow()
                            .column("deprecated_field")
                            .orElseThrow()
                            .nullable())
                    .isTrue();

            upgrade(retort, "abc890def123");
            assertThat(schema.table("user").orElseThrow().column("new_field")).isPresent();

            upgrade(retort, "def123ghi456");
            assertThat(scalar(
                            c,
                            "SELECT COUNT(*) FROM large_table WHERE processed IS NULL OR processed = "
                                    + (kind == DatabaseKind.POSTGRESQL ? "false" : "0")))
                    .isZero();
            assertThat(retort.current()).containsExactly("def123ghi456");
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = DatabaseKind.class,
            names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void validationRefusesAPlantedBadEmailAndLeavesTheDatabaseUntouched(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind);
                Connection c = db.connect()) {
            Retort retort = retort(db);
            upgrade(retort, "stu901vwx234");
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE " + q(kind, "user") + " SET email = '' WHERE id = 3");
            }
            List<String> before = columns(c, "user");
            assertThatThrownBy(() -> upgrade(retort, "vwx234yz567"))
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("precondition failed: 1 row of user has an empty email");
            assertThat(retort.current()).containsExactly("stu901vwx234");
            assertThat(columns(c, "user")).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = DatabaseKind.class,
            names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void upDownUpEndsInTheSameSchema(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind);
                Connection c = db.connect()) {
            Retort retort = retort(db);
            upgrade(retort, "heads");
            List<String> first = schemaOf(c);
            retort.downgrade("base", RunOptions.defaults(), MigrationListener.NONE);
            assertThat(retort.current()).isEmpty();
            assertThat(SchemaReflector.forConnection(c).tableNames()).allMatch(t -> t.startsWith("retort_"));
            upgrade(retort, "heads");
            assertThat(schemaOf(c)).isEqualTo(first);
        }
    }

    private static List<String> schemaOf(Connection c) {
        SchemaReflector reflector = SchemaReflector.forConnection(c);
        List<String> tables = new ArrayList<>();
        for (String name : reflector.tableNames()) {
            if (!name.startsWith("retort_")) {
                tables.add(reflector.table(name).orElseThrow().toString());
            }
        }
        return tables;
    }

    private static List<String> columns(Connection c, String table) {
        return SchemaReflector.forConnection(c).table(table).orElseThrow().columns().stream()
                .map(ColumnSchema::toString)
                .toList();
    }

    private static String q(DatabaseKind kind, String name) {
        return kind == DatabaseKind.MARIADB ? "`" + name + "`" : "\"" + name + "\"";
    }

    private static long scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
