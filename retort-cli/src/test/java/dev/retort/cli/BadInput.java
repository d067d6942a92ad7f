package dev.retort.cli;

import dev.retort.testing.DatabaseKind;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One case of the bad-input corpus: a world to set up, a command line, and the exit code and the
 * exact {@code error:} line it must produce ({@code ~regex} where a part varies, e.g. a driver's
 * connection id). Built fluently; not thread-safe.
 */
final class BadInput {
    final String name;
    DatabaseKind database;
    Consumer<Sandbox> setup = s -> {};
    Consumer<Sandbox> during;
    Function<Sandbox, List<String>> args = s -> List.of();
    int exit = 1;
    Function<Sandbox, String> expected = s -> null;

    private BadInput(String name) {
        this.name = name;
    }

    static BadInput of(String name) {
        return new BadInput(name);
    }

    BadInput on(DatabaseKind kind) {
        this.database = kind;
        return this;
    }

    BadInput given(Consumer<Sandbox> world) {
        this.setup = setup.andThen(world);
        return this;
    }

    /** Something done from another thread while the command runs (e.g. killing its connection). */
    BadInput meanwhile(Consumer<Sandbox> action) {
        this.during = action;
        return this;
    }

    BadInput run(String... commandLine) {
        this.args = s -> List.of(commandLine);
        return this;
    }

    BadInput run(Function<Sandbox, List<String>> commandLine) {
        this.args = commandLine;
        return this;
    }

    BadInput fails(String line) {
        return fails(s -> line);
    }

    BadInput fails(Function<Sandbox, String> line) {
        this.expected = line;
        return this;
    }

    BadInput usage(String line) {
        this.exit = 2;
        return fails(line);
    }

    @Override
    public String toString() {
        return name;
    }
}
