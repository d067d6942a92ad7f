package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JavaRevisionReaderTest {
    private static final Path FILE = Path.of("m/versions/abc_add.java");

    private static RevisionScript read(String text) {
        return JavaRevisionReader.read(FILE, "versions/abc_add.java", text);
    }

    @Test
    void readsTheSpecExample() {
        RevisionScript script = read(
                """
                import dev.retort.Migration;
                import dev.retort.Revision;
                import dev.retort.ops.Ops;

                @Revision(id = "abc123def456", revises = "previous_revision_id",
                          message = "Add multiple columns to users table", created = "2026-01-14 10:00:00")
                final class AddMultipleColumnsToUsers implements Migration {
                    @Override public void upgrade(Ops op) { /* ... */ }
                    @Override public void downgrade(Ops op) { /* ... */ }
                }
                """);
        assertThat(script.id()).isEqualTo("abc123def456");
        assertThat(script.revises()).containsExactly("previous_revision_id");
        assertThat(script.message()).isEqualTo("Add multiple columns to users table");
        assertThat(script.created()).isEqualTo("2026-01-14 10:00:00");
        assertThat(script.branchLabels()).isEmpty();
        assertThat(script.dependsOn()).isEmpty();
        assertThat(script.className()).isEqualTo("AddMultipleColumnsToUsers");
        assertThat(script.kind()).isEqualTo(ScriptKind.JAVA);
        assertThat(script.origin()).isEqualTo("versions/abc_add.java");
        assertThat(script.transactional()).isTrue();
        assertThat(script.hasDowngrade()).isTrue();
        assertThat(script.checksum()).hasSize(64);
    }

    @Test
    void readsOddButValidJava() {
        RevisionScript script = read(
                """
                // @Revision(id = "in a line comment")
                package com.example.migrations;

                /* @Revision(id = "in a block comment") */
                import dev.retort.*;
                import dev.retort.ops.Ops;

                /** Javadoc mentioning @Revision(id = "javadoc"). */
                @SuppressWarnings({"unused", "@Revision(id = \\"in a string\\")"})
                @dev.retort.Revision(
                        id = "merge" + "_" + "01", // concatenated
                        revises = {"a1", "b2",},
                        message = \"""
                            Merge the "a" and
                              "b" branches\\
                             today\""",
                        created = "2026-01-14\\t10:00:00",
                        branchLabels = "reporting",
                        dependsOn = {})
                @Deprecated(since = "1", forRemoval = false)
                public final class Merge implements Migration {
                    private static final char QUOTE = '"';
                    private final String text = "@Revision(id = \\"nope\\")";
                    @Override public void upgrade(Ops op) {}
                    @Override public void downgrade(Ops op) {}
                }
                """);
        assertThat(script.id()).isEqualTo("merge_01");
        assertThat(script.revises()).containsExactly("a1", "b2");
        assertThat(script.message()).isEqualTo("Merge the \"a\" and\n  \"b\" branches today");
        assertThat(script.created()).isEqualTo("2026-01-14\t10:00:00");
        assertThat(script.branchLabels()).containsExactly("reporting");
        assertThat(script.dependsOn()).isEmpty();
        assertThat(script.className()).isEqualTo("com.example.migrations.Merge");
    }

    @Test
    void aBaseAndUnicodeEscapes() {
        RevisionScript script = read("@Revision(id = \"b1\", revises = {}, message = \"caf\\u00e9 \\\\u0041\")\n"
                + "record Base() implements dev.retort.Migration {}\n");
        assertThat(script.revises()).isEmpty();
        assertThat(script.isBase()).isTrue();
        assertThat(script.message()).isEqualTo("café \\u0041");
        assertThat(script.className()).isEqualTo("Base");
    }

    @Test
    void noAnnotation() {
        assertThatThrownBy(() -> read("final class Helper {}\n"))
                .isInstanceOf(RevisionFileException.class)
                .hasMessage("m/versions/abc_add.java:1: no @Revision annotation;"
                        + " a .java file in a versions folder must declare a revision");
    }

    @Test
    void twoAnnotations() {
        assertThatThrownBy(
                        () -> read(
                                """
                        @Revision(id = "a", revises = {})
                        final class A {}

                        @Revision(id = "b", revises = "a")
                        final class B {}
                        """))
                .hasMessage("m/versions/abc_add.java:4: a second @Revision (the first is at line 1);"
                        + " a revision file declares exactly one revision");
    }

    @Test
    void missingIdOrRevises() {
        assertThatThrownBy(() -> read("\n@Revision(revises = {})\nfinal class A {}\n"))
                .hasMessage("m/versions/abc_add.java:2: @Revision has no id; add id = \"<revision id>\"");
        assertThatThrownBy(() -> read("@Revision(id = \"a\")\nfinal class A {}\n"))
                .hasMessage("m/versions/abc_add.java:1: @Revision has no revises;"
                        + " write revises = {} for a base revision");
    }

    @Test
    void nonLiteralValues() {
        assertThatThrownBy(() -> read("@Revision(id = \"a\",\n  revises = SOME_CONSTANT)\nfinal class A {}\n"))
                .hasMessage("m/versions/abc_add.java:2: @Revision revises must be a string literal (or {...} of"
                        + " them); Retort reads it without compiling");
        assertThatThrownBy(() -> read("@Revision(id = \"a\" + ID, revises = {})\nfinal class A {}\n"))
                .hasMessageContaining(":1: @Revision id must be a string literal");
        assertThatThrownBy(() -> read("@Revision(id = {\"a\"}, revises = {})\nfinal class A {}\n"))
                .hasMessage("m/versions/abc_add.java:1: @Revision id must be a single string literal, not an array");
    }

    @Test
    void unknownOrRepeatedAttribute() {
        assertThatThrownBy(() -> read("@Revision(id = \"a\", revises = {}, parent = \"x\")\nclass A {}\n"))
                .hasMessage("m/versions/abc_add.java:1: unknown @Revision attribute \"parent\";"
                        + " known: id, revises, message, created, branchLabels, dependsOn");
        assertThatThrownBy(() -> read("@Revision(id = \"a\", revises = {}, id = \"b\")\nclass A {}\n"))
                .hasMessage("m/versions/abc_add.java:1: @Revision id is given twice");
    }

    @Test
    void nestedOrDetachedAnnotation() {
        assertThatThrownBy(() -> read("class Outer {\n  @Revision(id = \"a\", revises = {})\n  class A {}\n}\n"))
                .hasMessage("m/versions/abc_add.java:2: @Revision must annotate a top-level class");
        assertThatThrownBy(() -> read("@Revision(id = \"a\", revises = {})\n"))
                .hasMessage("m/versions/abc_add.java:1: @Revision must annotate a class");
    }

    @Test
    void unterminatedLiterals() {
        assertThatThrownBy(() -> read("/* @Revision(\n\n"))
                .hasMessage("m/versions/abc_add.java:1: unterminated comment opened here; close it with */");
        assertThatThrownBy(() -> read("\n@Revision(id = \"a, revises = {})\nclass A {}\n"))
                .hasMessage(
                        "m/versions/abc_add.java:2: unterminated string literal; close it with \" on the same line");
    }

    @Test
    void anotherAnnotationNamedRevisionIsIgnored() {
        assertThatThrownBy(() -> read("@com.other.Revision(id = \"a\")\nclass A {}\n"))
                .hasMessageContaining("no @Revision annotation");
    }
}
