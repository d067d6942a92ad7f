package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubcommandsTest {
    @TempDir
    Path dir;

    @Test
    void theCommandIsTheFirstArgumentThatIsNotAnOptionOrItsValue() {
        assertThat(Subcommands.commandName(new String[] {"heads"})).isEqualTo("heads");
        assertThat(Subcommands.commandName(new String[] {"-d", "upgrade", "--url", "jdbc:x", "history", "-r", "a:b"}))
                .isEqualTo("history");
        assertThat(Subcommands.commandName(new String[] {"--dir=stamp", "-vq", "current"}))
                .isEqualTo("current");
        assertThat(Subcommands.commandName(new String[] {"-vd", "show", "merge"}))
                .isEqualTo("merge");
        assertThat(Subcommands.commandName(new String[] {"-dshow", "heads"})).isEqualTo("heads");
        assertThat(Subcommands.commandName(new String[] {"-x", "k=heads", "upgrade"}))
                .isEqualTo("upgrade");
    }

    @Test
    void withoutAClearCommandEveryCommandIsRegistered() {
        assertThat(Subcommands.commandName(new String[] {})).isNull();
        assertThat(Subcommands.commandName(new String[] {"--help"})).isNull();
        assertThat(Subcommands.commandName(new String[] {"upgrad"})).isNull();
        assertThat(Subcommands.commandName(new String[] {"--", "heads"})).isNull();
    }

    @Test
    void helpListsEveryCommand() {
        Cli.Result r = new Cli(dir).run("--help");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out())
                .contains(Subcommands.names().stream().map(n -> "  " + n + " ").toList());
    }

    @Test
    void theVersionIsPrintedWithoutAnyCommand() {
        Cli.Result r = new Cli(dir).run("--version");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("retort ");
    }

    @Test
    void aMistypedCommandIsAUsageErrorThatSuggestsTheRightOne() {
        Cli.Result r = new Cli(dir).run("upgrad");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: Unmatched argument at index 0: 'upgrad'");
    }

    @Test
    void aCommandRunsWithOnlyItselfRegistered() {
        new Cli(dir).run("init", "scripts");
        Cli.Result r = new Cli(dir).run("-d", "scripts", "-q", "heads");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).isEmpty();
    }
}
