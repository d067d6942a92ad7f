package dev.retort.cli;

import dev.retort.testing.DatabaseKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.function.Consumer;

/** Broken revision files: unreadable, not UTF-8, bad headers, SQL that does not split, Java that does not compile. */
final class ScriptInputs {
    /** A Java revision method that recurses without end. */
    private static final String RECURSES = "private static int down(int n) { return down(n + 1) + 1; }\n";

    /** A Java revision body whose upgrade creates a table, then throws (line 8 of the file). */
    private static final String THROWS =
            "public void upgrade(Ops op) {\n op.execute(\"CREATE TABLE t (id INTEGER)\");\n"
                    + " throw new IllegalStateException(\"missing -x tenant\");\n}\n"
                    + "public void downgrade(Ops op) { op.execute(\"DROP TABLE t\"); }";

    private ScriptInputs() {}

    static final String GOOD_BASE = "CREATE TABLE base_t (id INTEGER PRIMARY KEY);";

    /**
     * Upgrades a SQLite database already at a good base revision a1 after {@code broken} was added to
     * the script directory: the database must stay at a1.
     */
    static BadInput upgrade(String name, Consumer<Sandbox> broken) {
        return BadInput.of(name)
                .on(DatabaseKind.SQLITE)
                .given(s -> {
                    s.scripts().sql("a1", "", GOOD_BASE, "DROP TABLE base_t;");
                    Cli.Result base = new Cli(s.dir()).run("--url", s.url(), "upgrade");
                    if (base.exitCode() != 0) {
                        throw new IllegalStateException(base.toString());
                    }
                })
                .given(broken)
                .run(s -> List.of("--url", s.url(), "upgrade"));
    }

    static BadInput upgradeOn(DatabaseKind kind, String name, Consumer<Sandbox> broken) {
        return upgrade(name, broken).on(kind);
    }

    static List<BadInput> cases() {
        return List.of(
                upgrade("unreadable revision file", ScriptInputs::unreadable)
                        .fails(s -> "error: cannot read revision file " + v(s, "b2_r.sql") + ": "
                                + (root() ? "Input/output error" : "permission denied")
                                + "; check that the file is readable"),
                upgrade(
                                "revision file not UTF-8",
                                s -> bytes(s, "b2_x.sql", new byte[] {'-', '-', ' ', (byte) 0xC3, 0x28}))
                        .fails(s -> "error: " + v(s, "b2_x.sql") + ":1: not valid UTF-8; save the file as UTF-8"),
                upgrade(
                                "SQL file without a revision line",
                                s -> s.write(
                                        "migrations/versions/b2_x.sql",
                                        "-- add a table\n-- revises: a1\n\n-- +retort upgrade\nSELECT 1;\n"))
                        .fails(s -> "error: " + v(s, "b2_x.sql")
                                + ":1: no \"-- revision: <id>\" line in the header; every revision file needs one"),
                upgrade(
                                "SQL unknown directive",
                                s -> s.write(
                                        "migrations/versions/b2_x.sql",
                                        "-- x\n-- revision: b2\n-- revises: a1\n\n-- +retort upgrades\nSELECT 1;\n"))
                        .fails(
                                s -> "error: " + v(s, "b2_x.sql")
                                        + ":5: unknown directive \"-- +retort upgrades\"; known directives: upgrade, downgrade, statement-begin, statement-end, no-transaction"),
                upgrade("SQL unterminated quote", s -> s.scripts()
                                .sql(
                                        "b2",
                                        "a1",
                                        "CREATE TABLE t (id INTEGER);\nINSERT INTO t VALUES ('it''s);",
                                        "DROP TABLE t;"))
                        .fails(
                                s -> "error: " + v(s, "b2_r.sql")
                                        + ":8: unterminated string literal opened here; close the ' (a ' inside is written '')"),
                upgradeOn(DatabaseKind.POSTGRESQL, "SQL unterminated dollar quote", s -> s.scripts()
                                .sql(
                                        "b2",
                                        "a1",
                                        "CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1;",
                                        "DROP FUNCTION f;"))
                        .fails(s -> "error: " + v(s, "b2_r.sql")
                                + ":7: unterminated dollar-quoted string opened here; close it with $body$"),
                upgrade("SQL unterminated block comment", s -> s.scripts()
                                .sql("b2", "a1", "/* a comment\nCREATE TABLE t (id INTEGER);", "DROP TABLE t;"))
                        .fails(s -> "error: " + v(s, "b2_r.sql")
                                + ":7: unterminated block comment opened here; close it with */"),
                upgrade("SQL statement-begin without end", s -> s.scripts()
                                .sql(
                                        "b2",
                                        "a1",
                                        "-- +retort statement-begin\nCREATE TABLE t (id INTEGER);",
                                        "DROP TABLE t;"))
                        .fails(s -> "error: " + v(s, "b2_r.sql")
                                + ":7: \"-- +retort statement-begin\" without a matching \"-- +retort statement-end\""),
                upgrade(
                                "Java file without @Revision",
                                s -> s.write(
                                        "migrations/versions/b2_x.java",
                                        "import dev.retort.*;\nfinal class X implements Migration {}\n"))
                        .fails(
                                s -> "error: " + v(s, "b2_x.java")
                                        + ":1: no @Revision annotation; a .java file in a versions folder must declare a revision"),
                upgrade(
                                "Java unterminated string in @Revision",
                                s -> s.write(
                                        "migrations/versions/b2_x.java",
                                        "import dev.retort.*;\n@Revision(id = \"b2, revises = \"a1\")\nfinal class X {}\n"))
                        .fails(s -> "error: " + v(s, "b2_x.java") + ":2: expected , or ) in @Revision"),
                upgrade("Java compile error", s -> s.scripts()
                                .java(
                                        "b2",
                                        "a1",
                                        "public void upgrade(Ops op) { op.createTabel(\"t\"); }\n"
                                                + "public void downgrade(Ops op) { op.dropTable(\"t\"); }"))
                        .fails(
                                s -> "error: " + v(s, "b2_r.java")
                                        + ":6: cannot find symbol; symbol: method createTabel(java.lang.String); location: variable op of type dev.retort.ops.Ops"),
                upgrade(
                                "Java class that is not a migration",
                                s -> s.write(
                                        "migrations/versions/b2_x.java",
                                        "import dev.retort.*;\n@Revision(id = \"b2\", revises = \"a1\")\nfinal class X {}\n"))
                        .fails(
                                s -> "error: " + v(s, "b2_x.java")
                                        + ": class X does not implement dev.retort.Migration; declare it as \"final class X implements Migration\""),
                upgrade("Java constructor throws", s -> s.scripts()
                                .java(
                                        "b2",
                                        "a1",
                                        "Rb2() { throw new IllegalStateException(\"no config\"); }\n"
                                                + "public void upgrade(Ops op) {}\npublic void downgrade(Ops op) {}"))
                        .fails(s -> "error: " + v(s, "b2_r.java")
                                + ": constructing class Rb2 failed: java.lang.IllegalStateException: no config"),
                upgrade("Java static initialiser throws", s -> s.scripts()
                                .java(
                                        "b2",
                                        "a1",
                                        "static final int LIMIT = Integer.parseInt(\"ten\");\n"
                                                + "public void upgrade(Ops op) {}\npublic void downgrade(Ops op) {}"))
                        .fails(s -> "error: " + v(s, "b2_r.java")
                                + ": initialising class Rb2 failed: java.lang.NumberFormatException: For input string:"
                                + " \"ten\""),
                upgrade("Java helper class fails to initialise in upgrade", s -> s.scripts()
                                .java(
                                        "b2",
                                        "a1",
                                        "static final class Limits { static final int MAX = Integer.parseInt(\"ten\"); }\n"
                                                + "public void upgrade(Ops op) {\n op.execute(\"CREATE TABLE t (id INTEGER)\");\n"
                                                + " op.execute(\"SELECT \" + Limits.MAX);\n}\n"
                                                + "public void downgrade(Ops op) { op.execute(\"DROP TABLE t\"); }"))
                        .fails("~error: revision b2 \\(versions/b2_r\\.java:\\d+\\): ExceptionInInitializerError"
                                + " \\(NumberFormatException: For input string: \"ten\"\\); rolled back, the database is"
                                + " still at the previous revision"),
                upgrade("Java revision using another revision file's class", s -> {
                            s.write(
                                    "migrations/versions/b2_x.java",
                                    "import dev.retort.*;\nimport dev.retort.ops.*;\n"
                                            + "@Revision(id = \"b2\", revises = \"a1\")\n"
                                            + "final class X implements Migration {\n"
                                            + "public void upgrade(Ops op) {}\npublic void downgrade(Ops op) {}\n}\n"
                                            + "final class Shared { static String table() { return \"t\"; } }\n");
                            s.write(
                                    "migrations/versions/c3_y.java",
                                    "import dev.retort.*;\nimport dev.retort.ops.*;\n"
                                            + "@Revision(id = \"c3\", revises = \"b2\")\n"
                                            + "final class Y implements Migration {\n"
                                            + "public void upgrade(Ops op) { op.execute(\"CREATE TABLE \" + Shared.table()"
                                            + " + \" (id INTEGER)\"); }\n"
                                            + "public void downgrade(Ops op) {}\n}\n");
                        })
                        .fails(s ->
                                "error: " + v(s, "c3_y.java") + ": class Y uses class Shared, which versions/b2_x.java"
                                        + " declares; a revision can use only its own classes and the application's, so give it a"
                                        + " copy or move Shared into the application"),
                upgrade("Java upgrade recurses without end", s -> s.scripts()
                                .java(
                                        "b2",
                                        "a1",
                                        RECURSES
                                                + "public void upgrade(Ops op) {\n op.execute(\"CREATE TABLE t (id INTEGER)\");\n"
                                                + " down(0);\n}\n"
                                                + "public void downgrade(Ops op) { op.execute(\"DROP TABLE t\"); }"))
                        .fails("~error: revision b2 \\(versions/b2_r\\.java:\\d+\\): StackOverflowError; rolled back,"
                                + " the database is still at the previous revision"),
                upgrade("Java upgrade recurses without end, offline", s -> s.scripts()
                                .java(
                                        "b2",
                                        "a1",
                                        RECURSES
                                                + "public void upgrade(Ops op) { down(0); }\n"
                                                + "public void downgrade(Ops op) {}"))
                        .run(s -> List.of("--url", s.url(), "upgrade", "--sql", "a1:b2"))
                        .fails("~error: revision b2 \\(versions/b2_r\\.java:\\d+\\): StackOverflowError"),
                upgrade("Java upgrade throws, offline", s -> s.scripts().java("b2", "a1", THROWS))
                        .run(s -> List.of("--url", s.url(), "upgrade", "--sql", "a1:b2"))
                        .fails("error: revision b2 (versions/b2_r.java:8): IllegalStateException: missing -x tenant"),
                upgrade("Java upgrade throws", s -> s.scripts().java("b2", "a1", THROWS))
                        .fails(
                                "error: revision b2 (versions/b2_r.java:8): IllegalStateException: missing -x tenant; rolled back, the database is still at the previous revision"),
                upgrade("Java upgrade with an invalid operation", s -> s.scripts()
                                .java(
                                        "b2",
                                        "a1",
                                        "public void upgrade(Ops op) { op.addColumn(\"base_t\", Column.of(\"\", Types.integer())); }\n"
                                                + "public void downgrade(Ops op) {}"))
                        .fails(
                                "error: revision b2 (versions/b2_r.java:6): column name must not be empty; rolled back, the database is still at the previous revision"));
    }

    private static String v(Sandbox s, String file) {
        return s.dir().resolve("migrations/versions/" + file).toString();
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** chmod 000 does not stop root; then a file that fails to read anyway (EIO) stands in for it. */
    private static void unreadable(Sandbox s) {
        s.scripts().sql("b2", "a1", "SELECT 1;", "SELECT 1;");
        Path file = s.dir().resolve("migrations/versions/b2_r.sql");
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
            if (Files.isReadable(file)) {
                Files.delete(file);
                Files.createSymbolicLink(file, Path.of("/proc/self/mem"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void bytes(Sandbox s, String name, byte[] content) {
        try {
            Path file = s.dir().resolve("migrations/versions/" + name);
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
