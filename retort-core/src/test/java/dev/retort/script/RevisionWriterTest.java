package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Migration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionWriterTest {
    @TempDir
    Path root;

    @TempDir
    Path cache;

    private ScriptDirectory directory;

    @BeforeEach
    void init() {
        directory = ScriptDirectory.init(root.resolve("migrations"));
    }

    private static NewRevision.Builder specExample(ScriptKind kind) {
        return NewRevision.builder("Add multiple columns to users table")
                .kind(kind)
                .id("abc123def456")
                .revises(List.of("previous_revision_id"))
                .created(LocalDateTime.of(2026, 1, 14, 10, 0, 0));
    }

    @Test
    void rendersTheSpecJavaShape() {
        assertThat(new RevisionWriter(directory)
                        .render(specExample(ScriptKind.JAVA).build()))
                .isEqualTo(
                        """
                        import dev.retort.Migration;
                        import dev.retort.Revision;
                        import dev.retort.ops.Ops;

                        @Revision(id = "abc123def456", revises = "previous_revision_id",
                                  message = "Add multiple columns to users table", created = "2026-01-14 10:00:00")
                        final class AddMultipleColumnsToUsersTable implements Migration {
                            @Override
                            public void upgrade(Ops op) {}

                            @Override
                            public void downgrade(Ops op) {
                                // Undo upgrade() here. Nothing to undo: op.noop("why"). Cannot be undone: annotate the class
                                // @Irreversible("why") (import dev.retort.Irreversible). An empty downgrade fails.
                            }
                        }
                        """);
    }

    @Test
    void rendersTheSpecSqlShape() {
        assertThat(new RevisionWriter(directory)
                        .render(specExample(ScriptKind.SQL).build()))
                .isEqualTo(
                        """
                        -- Add multiple columns to users table
                        --
                        -- revision: abc123def456
                        -- revises: previous_revision_id
                        -- branch_labels:\s
                        -- depends_on:\s
                        -- create_date: 2026-01-14 10:00:00

                        -- +retort upgrade


                        -- +retort downgrade

                        """);
    }

    @Test
    void aWrittenJavaRevisionReadsBackAndCompiles() {
        NewRevision merge = NewRevision.builder("Merge \"a\" and b\\c\nnext line\tcafé\u0001")
                .revises(List.of("a1", "b2"))
                .branchLabels(List.of("reporting"))
                .dependsOn(List.of("c3"))
                .created(LocalDateTime.of(2026, 2, 3, 4, 5, 6))
                .build();
        Path file = new RevisionWriter(directory).write(merge);

        assertThat(file)
                .isEqualTo(directory
                        .versionLocations()
                        .get(0)
                        .resolve(merge.id() + "_merge_a_and_b_c_next_line_cafe.java"));
        assertThat(merge.id()).matches("[0-9a-f]{12}");
        RevisionScript script = ScriptDirectory.open(directory.path()).scripts().get(0);
        assertThat(script.id()).isEqualTo(merge.id());
        assertThat(script.revises()).containsExactly("a1", "b2");
        assertThat(script.branchLabels()).containsExactly("reporting");
        assertThat(script.dependsOn()).containsExactly("c3");
        assertThat(script.message()).isEqualTo(merge.message());
        assertThat(script.created()).isEqualTo("2026-02-03 04:05:06");
        assertThat(script.className()).isEqualTo("MergeAAndBCNextLineCafe");

        JavaRevisionCompiler compiler = new JavaRevisionCompiler(cache);
        Migration migration = compiler.load(script);
        assertThat(migration.getClass().getSimpleName()).isEqualTo("MergeAAndBCNextLineCafe");
        assertThat(compiler.compilerInvocations()).isEqualTo(1);
    }

    @Test
    void aWrittenSqlRevisionReadsBack() {
        NewRevision revision = NewRevision.builder("Add phone\r\nto users")
                .kind(ScriptKind.SQL)
                .id("sql1")
                .revises(List.of("a1", "b2"))
                .branchLabels(List.of("x", "y"))
                .dependsOn(List.of("c3"))
                .build();
        Path file = new RevisionWriter(directory).write(revision);

        assertThat(file.getFileName()).hasToString("sql1_add_phone_to_users.sql");
        RevisionScript script = ScriptDirectory.open(directory.path()).scripts().get(0);
        assertThat(script)
                .extracting(
                        RevisionScript::id, RevisionScript::revises, RevisionScript::message, RevisionScript::created)
                .containsExactly("sql1", List.of("a1", "b2"), "Add phone to users", revision.created());
        assertThat(script.branchLabels()).containsExactly("x", "y");
        assertThat(script.dependsOn()).containsExactly("c3");
        assertThat(script.hasDowngrade()).isTrue();
        assertThat(SqlRevision.read(script, SqlSyntax.STANDARD).upgrade()).isEmpty();
    }

    @Test
    void aBaseRendersAnEmptyRevises() {
        String text = new RevisionWriter(directory)
                .render(NewRevision.builder("init").id("b1").build());
        assertThat(text).contains("@Revision(id = \"b1\", revises = {},");
    }

    @Test
    void slugsAndClassNames() {
        assertThat(MessageWords.slug("Add multiple columns to users table"))
                .isEqualTo("add_multiple_columns_to_users_table");
        assertThat(MessageWords.slug("create the user_account table, with 12 (twelve!) columns and indexes"))
                .isEqualTo("create_the_user_account_table_with_12");
        assertThat(MessageWords.slug("a_very_long_single_word_without_any_breaks_at_all_really"))
                .isEqualTo("a_very_long_single_word_without_any");
        assertThat(MessageWords.slug("x".repeat(50))).hasSize(40);
        assertThat(MessageWords.slug("  ?!  ")).isEmpty();
        assertThat(MessageWords.slug("Überprüfe Straße 東京")).isEqualTo("uberprufe_strae");

        assertThat(MessageWords.className("add user_id to orders")).isEqualTo("AddUserIdToOrders");
        assertThat(MessageWords.className("2fa for users")).isEqualTo("Revision2faForUsers");
        assertThat(MessageWords.className("")).isEqualTo("UnnamedRevision");
        assertThat(MessageWords.className("migration")).isEqualTo("MigrationRevision");
        assertThat(MessageWords.className("override")).isEqualTo("OverrideRevision");
        assertThat(MessageWords.className("word ".repeat(30))).hasSizeLessThanOrEqualTo(60);
        assertThat(NewRevision.builder("").id("e1").build().fileName()).isEqualTo("e1.java");
    }

    @Test
    void idsAreTwelveRandomHexDigits() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            ids.add(NewRevision.randomId());
        }
        assertThat(ids).hasSize(1000).allMatch(id -> id.matches("[0-9a-f]{12}"));
    }

    @Test
    void badIdsAreRefused() {
        assertThatThrownBy(() -> NewRevision.builder("x").id("a b").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a revision id is one word without quotes, commas or backslashes, not \"a b\"");
    }

    @Test
    void theScriptDirectoryTemplateWins() throws IOException {
        Files.writeString(
                directory.templates().resolve("revision.sql.tmpl"),
                "-- ${message} ($${literal})\n-- revision: ${id}\n-- revises: ${revises}\n-- +retort upgrade\n");
        String text = new RevisionWriter(directory)
                .render(NewRevision.builder("Custom")
                        .kind(ScriptKind.SQL)
                        .id("c1")
                        .build());
        assertThat(text).isEqualTo("-- Custom (${literal})\n-- revision: c1\n-- revises: \n-- +retort upgrade\n");
    }

    @Test
    void anUnknownPlaceholderNamesTheTemplateLine() throws IOException {
        Path template = directory.templates().resolve("revision.java.tmpl");
        Files.writeString(template, "// ${id}\n// ${author}\n");
        assertThatThrownBy(() -> new RevisionWriter(directory)
                        .render(NewRevision.builder("x").build()))
                .isInstanceOf(ScriptDirectoryException.class)
                .hasMessage(template + ":2: unknown placeholder ${author}; known: [branch_labels, class_name,"
                        + " created, depends_on, id, message, optional_attributes, revises, slug]");
    }

    @Test
    void writingNeverOverwrites() {
        NewRevision revision = NewRevision.builder("Twice").id("t1").build();
        RevisionWriter writer = new RevisionWriter(directory);
        Path file = writer.write(revision);
        assertThatThrownBy(() -> writer.write(revision))
                .isInstanceOf(ScriptDirectoryException.class)
                .hasMessage(file + " already exists; choose another revision id");
    }
}
