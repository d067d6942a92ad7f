package dev.retort.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RepairAction;
import dev.retort.Retort;
import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.RunOptions;
import dev.retort.script.ScriptChecksum;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.ScriptFixture;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DriftTest {
    private static final String WHEN =
            "(upgrade|rebaseline) at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC by \\S+@\\S+";

    @TempDir
    Path dir;

    private ScriptFixture scripts() {
        return new ScriptFixture(dir)
                .sql("a1", "", "CREATE TABLE t_a (id INTEGER PRIMARY KEY);", "DROP TABLE t_a;")
                .sql("b2", "a1", "CREATE TABLE t_b (id INTEGER PRIMARY KEY);", "DROP TABLE t_b;");
    }

    private static String sha(Path file) throws Exception {
        return ScriptChecksum.of(Files.readString(file)).substring(0, 8);
    }

    private static void upgrade(Retort retort) {
        retort.upgrade("heads", RunOptions.defaults(), MigrationListener.NONE);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aChangedFileIsReportedAndRefusedUntilAccepted(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            ScriptFixture fixture = scripts();
            upgrade(Retort.create(fixture.settings(db)));
            Path b2 = dir.resolve("migrations/versions/b2_r.sql");
            String before = sha(b2);
            assertThat(Retort.create(fixture.settings(db)).check(true).ok()).isTrue();

            Files.writeString(b2, Files.readString(b2).replace("t_b (id", "t_b (id2"));
            String after = sha(b2);
            fixture.sql("c3", "b2", "CREATE TABLE t_c (id INTEGER PRIMARY KEY);", "DROP TABLE t_c;");
            CheckReport report = Retort.create(fixture.settings(db)).check(true);
            assertThat(report.findings()).hasSize(1);
            Finding drift = report.findings().get(0);
            assertThat(drift.code()).isEqualTo("drift");
            assertThat(drift.revision()).contains("b2");
            assertThat(drift.file()).contains(b2);
            assertThat(drift.message())
                    .matches("revision b2 changed after it was applied: checksum " + before + " when applied \\(" + WHEN
                            + "\\), " + after + " now; restore the file, or accept the change with 'retort repair"
                            + " --accept b2'");

            Retort retort = Retort.create(fixture.settings(db));
            assertThatThrownBy(() -> upgrade(retort))
                    .isInstanceOf(ChecksumMismatchException.class)
                    .hasMessage("revision b2 (versions/b2_r.sql) changed after it was applied (checksum " + before
                            + " then, " + after + " now): restore the file, or accept the change with 'retort repair"
                            + " --accept b2'; nothing was run");
            assertThat(retort.current()).containsExactly("b2");

            assertThat(retort.repair(RepairAction.ACCEPT, List.of("b2")))
                    .containsExactly(
                            "Accepted the changed file of revision b2: checksum " + after + " (was " + before + ")");
            assertThat(retort.repair(RepairAction.ACCEPT, List.of("b2")))
                    .containsExactly("Revision b2 already matches its recorded checksum");
            assertThat(Retort.create(fixture.settings(db)).check(true).findings())
                    .extracting(Finding::code)
                    .isEmpty();
            upgrade(Retort.create(fixture.settings(db)));
            assertThat(retort.current()).containsExactly("c3");
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = DatabaseKind.class,
            names = {"SQLITE", "POSTGRESQL"})
    void lineEndingsAndByteOrderMarksAreNotChanges(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            ScriptFixture fixture = scripts();
            upgrade(Retort.create(fixture.settings(db)));
            Path a1 = dir.resolve("migrations/versions/a1_r.sql");
            Files.writeString(a1, "\uFEFF" + Files.readString(a1).replace("\n", "\r\n"));
            assertThat(Retort.create(fixture.settings(db)).check(true).findings())
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = DatabaseKind.class,
            names = {"SQLITE", "MARIADB"})
    void aStampedOrAdoptedRevisionHasNothingToCompareUntilAccepted(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            ScriptFixture fixture = scripts();
            Retort retort = Retort.create(fixture.settings(db));
            retort.stamp(List.of("b2"), false);
            Path b2 = dir.resolve("migrations/versions/b2_r.sql");
            Files.writeString(b2, Files.readString(b2) + "\n-- edited\n");
            CheckReport report = Retort.create(fixture.settings(db)).check(true);
            assertThat(report.findings()).isEmpty();
            assertThat(report.applied()).isEqualTo(2);
            assertThat(report.notes())
                    .containsExactly(
                            "revision a1 has no recorded checksum (no history row, e.g. adopted from Alembic): its"
                                    + " file was not compared",
                            "revision b2 has no recorded checksum (stamped, e.g. adopted from Alembic): its file was"
                                    + " not compared");

            assertThat(Retort.create(fixture.settings(db)).repair(RepairAction.ACCEPT, List.of("b2")))
                    .containsExactly(
                            "Accepted the changed file of revision b2: checksum " + sha(b2) + " (none was recorded)");
            Files.writeString(b2, Files.readString(b2) + "\n-- edited again\n");
            assertThat(Retort.create(fixture.settings(db)).check(true).findings())
                    .extracting(Finding::code)
                    .containsExactly("drift");
            assertThatThrownBy(() -> Retort.create(fixture.settings(db)).repair(RepairAction.ACCEPT, List.of("zz")))
                    .hasMessageStartingWith("no revision or branch label 'zz'");
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = DatabaseKind.class,
            names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void unknownVersionsAndMissingFilesAreReported(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            ScriptFixture fixture = scripts()
                    .sql(
                            "x1",
                            "",
                            "-- branch_labels: other\n",
                            "CREATE TABLE t_x (id INTEGER);",
                            "DROP TABLE t_x;",
                            "");
            upgrade(Retort.create(fixture.settings(db)));
            Files.delete(dir.resolve("migrations/versions/x1_r.sql"));
            Path scriptDir = dir.resolve("migrations");

            assertThat(Retort.create(fixture.settings(db)).check(true).findings())
                    .extracting(Finding::code, Finding::message)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(
                            "unknown-version",
                            "the version table names revision x1, which is not in the script directory " + scriptDir
                                    + ": restore its file, or if it is gone for good run 'retort stamp --purge REV' with"
                                    + " the revision the schema really matches"));

            // someone removed the row by hand: the history still records x1 as applied
            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                s.execute("DELETE FROM retort_version WHERE version_num = 'x1'");
            }
            List<Finding> findings =
                    Retort.create(fixture.settings(db)).check(true).findings();
            assertThat(findings).extracting(Finding::code).containsExactly("missing-file");
            assertThat(findings.get(0).message())
                    .matches("revision x1 is recorded as applied \\(" + WHEN + "\\) but has no file in the script"
                            + " directory \\Q" + scriptDir
                            + "\\E: restore the file, or if it was removed on purpose run"
                            + " 'retort repair --forget x1'");

            List<String> notices = new ArrayList<>();
            fixture.sql("c3", "b2", "CREATE TABLE t_c (id INTEGER PRIMARY KEY);", "DROP TABLE t_c;");
            Retort.create(fixture.settings(db)).upgrade("heads", RunOptions.defaults(), new MigrationListener() {
                @Override
                public void notice(String message) {
                    notices.add(message);
                }
            });
            assertThat(notices).singleElement().asString().startsWith("warning: revision x1 is recorded as applied");

            assertThat(Retort.create(fixture.settings(db)).repair(RepairAction.FORGET, List.of("x1")))
                    .containsExactly("Forgot revision x1: its file is no longer expected");
            assertThat(Retort.create(fixture.settings(db)).check(true).findings())
                    .isEmpty();
            assertThatThrownBy(() -> Retort.create(fixture.settings(db)).repair(RepairAction.FORGET, List.of("x1")))
                    .hasMessage("revision x1 is not recorded as applied without a file: nothing to forget ('retort"
                            + " check' lists such revisions)");
        }
    }
}
