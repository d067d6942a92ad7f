package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.data.Progress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {
    private final StringWriter text = new StringWriter();
    private long now;

    private ProgressPrinter printer(boolean terminal) {
        return new ProgressPrinter(new PrintWriter(text), terminal, Duration.ofSeconds(5), () -> now);
    }

    private static Progress at(long done, double rate, long etaSeconds) {
        return new Progress("backfill item", done, 10_000, rate, Optional.of(Duration.ofSeconds(etaSeconds)), false);
    }

    private static Progress finished() {
        return new Progress("backfill item", 10_000, 10_000, 2_000, Optional.of(Duration.ZERO), true);
    }

    @Test
    void onATerminalOneBarIsRedrawnInPlaceAtMostTenTimesASecond() {
        ProgressPrinter printer = printer(true);
        printer.stepStarting();
        printer.progress(at(0, 0, 0));
        now += Duration.ofMillis(50).toNanos();
        printer.progress(at(1_000, 20_000, 1));
        now += Duration.ofMillis(60).toNanos();
        printer.progress(at(2_500, 12_500, 75));
        now += Duration.ofMillis(10).toNanos();
        printer.progress(finished());
        assertThat(text.toString())
                .isEqualTo("\r  backfill item [------------------------]   0.0%  0/10,000 rows  0 rows/s  ETA 0:00"
                        + "\r  backfill item [######------------------]  25.0%  2,500/10,000 rows  12,500 rows/s  ETA 1:15"
                        + "\r  backfill item [########################] 100.0%  10,000/10,000 rows  2,000 rows/s  done"
                        + "    \n");
    }

    @Test
    void elsewhereAPlainLineEveryIntervalAndOneAtTheEnd() {
        ProgressPrinter printer = printer(false);
        printer.stepStarting();
        printer.progress(at(0, 0, 0));
        now += Duration.ofSeconds(3).toNanos();
        printer.progress(at(1_000, 333, 27));
        now += Duration.ofSeconds(3).toNanos();
        printer.progress(at(4_000, 666, 9));
        now += Duration.ofSeconds(1).toNanos();
        printer.progress(finished());
        assertThat(text.toString())
                .isEqualTo(
                        """
                          backfill item: 4000/10000 rows (40.0%), 666 rows/s, ETA 0:09
                          backfill item: 10000/10000 rows (100.0%), 2000 rows/s, done
                        """);
    }

    @Test
    void shortWorkShowsOnlyItsFinalLineAndLongEtasShowHours() {
        ProgressPrinter printer = printer(false);
        printer.stepStarting();
        printer.progress(at(0, 0, 0));
        assertThat(text.toString()).isEmpty();
        printer.progress(finished());
        assertThat(text.toString()).isEqualTo("  backfill item: 10000/10000 rows (100.0%), 2000 rows/s, done\n");
        assertThat(ProgressPrinter.clock(Duration.ofSeconds(3_723))).isEqualTo("1:02:03");
    }
}
