package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.data.BackfillException;
import dev.retort.data.BackfillResult;
import dev.retort.data.Progress;
import dev.retort.testing.DatabaseKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Backfills on each database: set-based and per-row, integer, text and composite keys, filters. */
class BackfillIntegrationTest {
    static void createItems(LiveDatabase db, String keyColumns, int rows) throws SQLException {
        db.sql("CREATE TABLE item (" + keyColumns + ", old_field VARCHAR(40), new_field VARCHAR(40),"
                + " counter INTEGER NOT NULL, PRIMARY KEY (" + keyNames(keyColumns) + "))");
        boolean composite = keyColumns.contains(",");
        boolean text = keyColumns.contains("VARCHAR");
        db.connection.setAutoCommit(false);
        String insert = composite
                ? "INSERT INTO item (a, b, old_field, counter) VALUES (?, ?, ?, 0)"
                : "INSERT INTO item (id, old_field, counter) VALUES (?, ?, 0)";
        try (PreparedStatement s = db.connection.prepareStatement(insert)) {
            for (int i = 1; i <= rows; i++) {
                int p = 1;
                if (composite) {
                    s.setInt(p++, i % 7);
                    s.setString(p++, String.format(Locale.ROOT, "k%05d", i));
                } else if (text) {
                    s.setString(p++, String.format(Locale.ROOT, "id-%05d", i * 37 % 100_003));
                } else {
                    s.setInt(p++, i);
                }
                s.setString(p, i % 10 == 0 ? null : "value " + i);
                s.addBatch();
            }
            s.executeBatch();
        }
        db.connection.commit();
        db.connection.setAutoCommit(true);
    }

    private static String keyNames(String keyColumns) {
        List<String> names = new ArrayList<>();
        for (String column : keyColumns.split(",")) {
            names.add(column.strip().split(" ")[0]);
        }
        return String.join(", ", names);
    }

    static List<Long> counters(LiveDatabase db) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Statement s = db.connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT counter FROM item")) {
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
        }
        return values;
    }

    private static long count(LiveDatabase db, String where) throws SQLException {
        try (Statement s = db.connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM item WHERE " + where)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aSetBasedBackfillUpdatesEveryMatchingRowOnceInBatches(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = new LiveDatabase(kind)) {
            createItems(db, "id INTEGER NOT NULL", 2_500);
            BackfillResult result = db.op.backfill("item", b -> b.set("new_field", "upper(old_field)")
                    .set("counter", "counter + ?", 1)
                    .where("new_field IS NULL AND old_field IS NOT NULL")
                    .batchSize(300));
            assertThat(result.rows()).isEqualTo(2_250);
            assertThat(result.batches()).isEqualTo(8);
            assertThat(count(db, "new_field = upper(old_field)")).isEqualTo(2_250);
            assertThat(count(db, "counter = 1")).isEqualTo(2_250);
            assertThat(count(db, "counter = 0 AND old_field IS NULL")).isEqualTo(250);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aJavaTransformRewritesEachRowWithBoundValues(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = new LiveDatabase(kind)) {
            createItems(db, "id INTEGER NOT NULL", 1_000);
            List<Progress> reports = new ArrayList<>();
            ExecutingOps op = new ExecutingOps(
                    db.dialect, new JdbcSqlSink(db.connection), Map.of(), ResumeJournal.none(new MigrationListener() {
                        @Override
                        public void progress(Progress progress) {
                            reports.add(progress);
                        }
                    }));
            BackfillResult result = op.backfill("item", b -> b.read("old_field", "counter")
                    .transform(row -> {
                        String old = row.getString("old_field");
                        row.set("new_field", old == null ? "it's null" : old.toUpperCase(Locale.ROOT));
                        row.set("counter", row.getLong("counter") + 1);
                    })
                    .batchSize(128));
            assertThat(result.rows()).isEqualTo(1_000);
            assertThat(counters(db)).hasSize(1_000).containsOnly(1L);
            assertThat(count(db, "new_field = upper(old_field)")).isEqualTo(900);
            assertThat(count(db, "new_field = 'it''s null'")).isEqualTo(100);
            assertThat(reports.get(0))
                    .extracting(Progress::done, Progress::total)
                    .containsExactly(0L, 1_000L);
            Progress last = reports.get(reports.size() - 1);
            assertThat(last.finished()).isTrue();
            assertThat(last.done()).isEqualTo(1_000);
            assertThat(reports).hasSize(1 + 8 + 1);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void compositeAndTextKeysAreWalkedInKeyOrder(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = new LiveDatabase(kind)) {
            createItems(db, "a INTEGER NOT NULL, b VARCHAR(20) NOT NULL", 500);
            BackfillResult result =
                    db.op.backfill("item", b -> b.set("counter", "counter + 1").batchSize(7));
            assertThat(result.rows()).isEqualTo(500);
            assertThat(counters(db)).containsOnly(1L);

            db.sql("DROP TABLE item");
            createItems(db, "id VARCHAR(20) NOT NULL", 300);
            db.op.backfill("item", b -> b.read("counter")
                    .transform(row -> row.set("counter", row.getLong("counter") + 1))
                    .batchSize(11));
            assertThat(counters(db)).hasSize(300).containsOnly(1L);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theAdaptiveBatchSizeCoversEveryRow(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = new LiveDatabase(kind)) {
            createItems(db, "id INTEGER NOT NULL", 5_000);
            BackfillResult result = db.op.backfill("item", b -> b.set("counter", "counter + 1"));
            assertThat(result.rows()).isEqualTo(5_000);
            assertThat(counters(db)).containsOnly(1L);
            assertThat(db.op.backfill(
                                    "item", b -> b.set("counter", "counter + 1").where("counter > 5"))
                            .rows())
                    .isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = DatabaseKind.class,
            names = {"POSTGRESQL", "MARIADB", "H2"})
    void aTableWithoutPrimaryKeyNeedsANamedKey(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = new LiveDatabase(kind)) {
            db.sql("CREATE TABLE loose (code VARCHAR(10) NOT NULL UNIQUE, n INTEGER)");
            db.sql("INSERT INTO loose (code, n) VALUES ('a', 1), ('b', 2)");
            assertThatThrownBy(() -> db.op.backfill("loose", b -> b.set("n", "n + 1")))
                    .isInstanceOf(BackfillException.class)
                    .hasMessage("op.backfill(\"loose\"): table loose has no primary key (or does not exist); name a"
                            + " unique, not-null key to walk with b.key(\"column\", ...)");
            assertThat(db.op.backfill("loose", b -> b.set("n", "n + 1").key("code"))
                            .rows())
                    .isEqualTo(2);
        }
    }
}
