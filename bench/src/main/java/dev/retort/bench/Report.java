package dev.retort.bench;

import java.util.List;
import java.util.Locale;

/**
 * Prints timings as a Markdown table, with ratios to a floor measured in the same run: median over
 * median, min over min, and the median of the ratios round by round (each round runs every variant
 * once, back to back, so this pairs measurements taken under the same machine conditions; on a
 * machine whose fsync latency drifts it is the steadiest of the three).
 */
final class Report {
    private Report() {}

    static void print(String title, List<Timing> timings, Timing floor) {
        System.out.println();
        System.out.println("### " + title);
        System.out.println();
        System.out.println("| run | median s | min s | median / floor | min / floor | per round / floor, median |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (Timing t : timings) {
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %.3f | %.3f | %s | %s | %s |%n",
                    t.name(),
                    t.median(),
                    t.min(),
                    t == floor ? "floor" : String.format(Locale.ROOT, "%.2fx", t.median() / floor.median()),
                    t == floor ? "floor" : String.format(Locale.ROOT, "%.2fx", t.min() / floor.min()),
                    t == floor ? "floor" : String.format(Locale.ROOT, "%.2fx", t.pairedRatio(floor)));
        }
        System.out.printf(
                Locale.ROOT,
                "%n(%d measured repetitions each after one discarded warm-up round)%n",
                timings.get(0).seconds().size());
    }
}
