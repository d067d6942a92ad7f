package dev.retort.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run behind the launcher's class-data-sharing archive ({@code ./retort} runs it once
 * per build with {@code -XX:ArchiveClassesAtExit}): the usual commands, in process, on a throw-away
 * script directory in {@code args[0]} and a SQLite database there, so that the classes they load
 * start from the archive afterwards. Connections to closed ports load the server drivers' classes.
 * Prints nothing; always exits 0 (a command that fails here only means fewer archived classes).
 */
public final class ClassDataTraining {
    private ClassDataTraining() {}

    /** Runs the training commands in the empty directory {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]).toAbsolutePath();
        run(dir, "init");
        run(dir, "revision", "-m", "create account");
        run(dir, "revision", "-m", "add index", "--sql");
        addBodies(dir.resolve("migrations/versions"));
        for (List<String> command : List.of(
                List.of("heads"),
                List.of("history", "--verbose"),
                List.of("branches"),
                List.of("show", "head"),
                List.of("--json", "history"),
                List.of("upgrade", "--sql"),
                List.of("current"),
                List.of("check"),
                List.of("upgrade"),
                List.of("history", "--indicate-current"),
                List.of("downgrade", "base"),
                List.of("stamp", "heads"),
                List.of("--url", "jdbc:postgresql://127.0.0.1:1/training", "current"),
                List.of("--url", "jdbc:mariadb://127.0.0.1:1/training", "current"),
                List.of("upgrade", "heads", "--url", "jdbc:h2:mem:training"))) {
            run(dir, command.toArray(String[]::new));
        }
    }

    private static void run(Path dir, String... args) {
        PrintStream none = new PrintStream(OutputStream.nullOutputStream());
        RetortCommand.execute(args, none, none, dir, System.getenv());
    }

    /** Gives the generated revisions some operations, so that rendering and running them is trained too. */
    private static void addBodies(Path versions) throws IOException {
        try (Stream<Path> files = Files.list(versions)) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                if (file.toString().endsWith(".java")) {
                    text = text.replace(
                                    "import dev.retort.ops.Ops;",
                                    "import dev.retort.ops.Ops;\nimport dev.retort.ops.Types;")
                            .replace(
                                    "public void upgrade(Ops op) {}",
                                    "public void upgrade(Ops op) {\n"
                                            + "op.createTable(\"account\", t -> t.column(\"id\", Types.integer(), c ->"
                                            + " c.primaryKey()).column(\"name\", Types.string(100), c -> c.notNull()));\n"
                                            + "op.addColumn(\"account\", \"created_at\", Types.timestamp());\n}")
                            .replace(
                                    "public void downgrade(Ops op) {}",
                                    "public void downgrade(Ops op) {\n" + "op.dropTable(\"account\");\n}");
                } else {
                    text = text.replace(
                                    "-- +retort upgrade\n",
                                    "-- +retort upgrade\nCREATE INDEX ix_account_name ON account (name);\n")
                            .replace("-- +retort downgrade\n", "-- +retort downgrade\nDROP INDEX ix_account_name;\n");
                }
                Files.writeString(file, text);
            }
        }
    }
}
