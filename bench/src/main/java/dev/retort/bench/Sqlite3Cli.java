package dev.retort.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs a SQL script with the {@code sqlite3} command-line tool, as a person rebuilding a table by hand would. */
final class Sqlite3Cli {
    private final String executable;

    Sqlite3Cli(String executable) {
        this.executable = executable;
    }

    String version() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(executable, "--version").start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        process.waitFor();
        return out.split(" ")[0];
    }

    /** Writes {@code statements} as a script, one transaction, each ending in {@code ;}. */
    static Path script(Path file, List<String> statements) throws IOException {
        StringBuilder sql = new StringBuilder("BEGIN;\n");
        statements.forEach(s -> sql.append(s).append(";\n"));
        sql.append("COMMIT;\n");
        return Files.writeString(file, sql);
    }

    /**
     * Runs the script on {@code database} in a new {@code sqlite3} process and returns what it
     * printed, failing on any error (the CLI's {@code -bail} stops at the first).
     */
    String run(Path database, Path script) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(executable, "-bail", "-batch", database.toString())
                .redirectInput(script.toFile())
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (exit != 0 || !err.isBlank()) {
            throw new IllegalStateException("sqlite3 failed with exit " + exit + ": " + err.strip());
        }
        return out;
    }
}
