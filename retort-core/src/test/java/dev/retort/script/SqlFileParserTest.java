package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SqlFileParserTest {
    private static final Path FILE = Path.of("m/versions/abc_add.sql");

    private static SqlFile parse(String text) {
        return SqlFileParser.parse(FILE, text);
    }

    private static final String SPEC_EXAMPLE =
            """
            -- Add multiple columns to users table
            --
            -- revision: abc123def456
            -- revises: previous_revision_id
            -- branch_labels:\s
            -- depends_on:\s
            -- create_date: 2026-01-14 10:00:00

            -- +retort upgrade
            ALTER TABLE "user" ADD COLUMN phone VARCHAR(20);

            -- +retort downgrade
            ALTER TABLE "user" DROP COLUMN phone;
            """;

    @Test
    void readsTheSpecExample() {
        SqlFile file = parse(SPEC_EXAMPLE);
        assertThat(file.id()).isEqualTo("abc123def456");
        assertThat(file.revises()).containsExactly("previous_revision_id");
        assertThat(file.branchLabels()).isEmpty();
        assertThat(file.dependsOn()).isEmpty();
        assertThat(file.message()).isEqualTo("Add multiple columns to users table");
        assertThat(file.created()).isEqualTo("2026-01-14 10:00:00");
        assertThat(file.noTransaction()).isFalse();
        assertThat(file.hasDowngrade()).isTrue();
        SqlSplitter splitter = new SqlSplitter(SqlSyntax.STANDARD, FILE);
        assertThat(splitter.split(file.upgrade()))
                .containsExactly(new SqlStatement("ALTER TABLE \"user\" ADD COLUMN phone VARCHAR(20)", 10));
        assertThat(splitter.split(file.downgrade()))
                .containsExactly(new SqlStatement("ALTER TABLE \"user\" DROP COLUMN phone", 13));
    }

    @Test
    void readsListsNoTransactionAndAFileWithoutDowngrade() {
        SqlFile file = parse(
                """
                -- Merge two heads
                -- revision: m1
                -- revises: a1, b2
                -- branch_labels: reporting
                -- depends_on: c3,d4
                -- +retort no-transaction
                -- +retort upgrade
                CREATE INDEX CONCURRENTLY i ON t (x);
                """);
        assertThat(file.revises()).containsExactly("a1", "b2");
        assertThat(file.branchLabels()).containsExactly("reporting");
        assertThat(file.dependsOn()).containsExactly("c3", "d4");
        assertThat(file.noTransaction()).isTrue();
        assertThat(file.hasDowngrade()).isFalse();
        assertThat(file.created()).isEmpty();
    }

    @Test
    void aBaseHasNoRevisesAndTheMessageMayBeMissing() {
        SqlFile file = parse("-- revision: base1\n-- revises:\n-- +retort upgrade\n-- +retort downgrade\n");
        assertThat(file.revises()).isEmpty();
        assertThat(file.message()).isEmpty();
        assertThat(file.upgrade().chunks()).isEmpty();
    }

    @Test
    void statementBlocksAreKeptWholeWithTheirLine() {
        SqlFile file = parse(
                """
                -- Trigger
                -- revision: t1
                -- +retort upgrade
                CREATE TABLE t (x INT, y INT);
                -- +retort statement-begin
                CREATE TRIGGER t_y AFTER INSERT ON t
                BEGIN
                  UPDATE t SET y = 1; UPDATE t SET y = 2;
                END;
                -- +retort statement-end
                INSERT INTO t VALUES (1, 'a -- +retort no-transaction');
                -- +retort downgrade
                DROP TABLE t;
                """);
        assertThat(new SqlSplitter(SqlSyntax.STANDARD, FILE).split(file.upgrade()))
                .containsExactly(
                        new SqlStatement("CREATE TABLE t (x INT, y INT)", 4),
                        new SqlStatement(
                                "CREATE TRIGGER t_y AFTER INSERT ON t\nBEGIN\n  UPDATE t SET y = 1; UPDATE t SET y = 2;\nEND",
                                6),
                        new SqlStatement("INSERT INTO t VALUES (1, 'a -- +retort no-transaction')", 11));
    }

    @Test
    void missingRevision() {
        assertThatThrownBy(() -> parse("-- Add users\n-- +retort upgrade\nSELECT 1;\n"))
                .isInstanceOf(RevisionFileException.class)
                .hasMessage("m/versions/abc_add.sql:1: no \"-- revision: <id>\" line in the header;"
                        + " every revision file needs one");
    }

    @Test
    void revisionMustBeOneId() {
        assertThatThrownBy(() -> parse("-- x\n-- revision: a, b\n-- +retort upgrade\n"))
                .hasMessage("m/versions/abc_add.sql:2: \"revision:\" must be a single id, found \"a, b\"");
    }

    @Test
    void missingUpgradeSection() {
        assertThatThrownBy(() -> parse("-- x\n-- revision: a\n\n-- +retort downgrade\nDROP TABLE t;\n"))
                .hasMessage("m/versions/abc_add.sql:4: no \"-- +retort upgrade\" section;"
                        + " add one above the upgrade statements");
    }

    @Test
    void statementsBeforeTheFirstSection() {
        assertThatThrownBy(() -> parse("-- x\n-- revision: a\nCREATE TABLE t (x INT);\n-- +retort upgrade\n"))
                .hasMessage("m/versions/abc_add.sql:3: SQL before the first section;"
                        + " put it under \"-- +retort upgrade\" or \"-- +retort downgrade\"");
    }

    @Test
    void duplicateSections() {
        assertThatThrownBy(
                        () -> parse("-- revision: a\n-- +retort upgrade\n-- +retort downgrade\n-- +retort upgrade\n"))
                .hasMessage("m/versions/abc_add.sql:4: duplicate \"-- +retort upgrade\" section"
                        + " (the first is at line 2)");
        assertThatThrownBy(() -> parse("-- revision: a\n-- +retort downgrade\nSELECT 1;\n-- +retort downgrade\n"))
                .hasMessage("m/versions/abc_add.sql:4: duplicate \"-- +retort downgrade\" section"
                        + " (the first is at line 2)");
    }

    @Test
    void unknownDirective() {
        assertThatThrownBy(() -> parse("-- revision: a\n-- +retort upgrade\n-- +retort up\n"))
                .hasMessage("m/versions/abc_add.sql:3: unknown directive \"-- +retort up\"; known directives:"
                        + " upgrade, downgrade, statement-begin, statement-end, no-transaction");
    }

    @Test
    void statementBeginWithoutEnd() {
        assertThatThrownBy(() -> parse("-- revision: a\n-- +retort upgrade\n-- +retort statement-begin\nSELECT 1;\n"))
                .hasMessage("m/versions/abc_add.sql:3: \"-- +retort statement-begin\" without a matching"
                        + " \"-- +retort statement-end\"");
        assertThatThrownBy(
                        () -> parse(
                                "-- revision: a\n-- +retort upgrade\n-- +retort statement-begin\nSELECT 1;\n-- +retort downgrade\n"))
                .hasMessageStartingWith("m/versions/abc_add.sql:3: \"-- +retort statement-begin\" without");
    }

    @Test
    void statementEndWithoutBegin() {
        assertThatThrownBy(() -> parse("-- revision: a\n-- +retort upgrade\nSELECT 1;\n-- +retort statement-end\n"))
                .hasMessage("m/versions/abc_add.sql:4: \"-- +retort statement-end\" without a"
                        + " \"-- +retort statement-begin\" above it");
    }

    @Test
    void noTransactionOutsideTheHeader() {
        assertThatThrownBy(() -> parse("-- revision: a\n-- +retort upgrade\n-- +retort no-transaction\n"))
                .hasMessage("m/versions/abc_add.sql:3: \"-- +retort no-transaction\" belongs in the header,"
                        + " above the first section");
    }

    @Test
    void duplicateHeaderKey() {
        assertThatThrownBy(() -> parse("-- x\n-- revision: a\n-- Revision: b\n-- +retort upgrade\n"))
                .hasMessage("m/versions/abc_add.sql:3: duplicate \"revision:\" header (the first is at line 2)");
    }
}
