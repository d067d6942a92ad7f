package dev.retort.runtime;

import java.time.Duration;
import java.util.Locale;

/** Durations as lock messages show them: whole seconds, or tenths below ten seconds when not whole. */
final class LockDurations {
    private LockDurations() {}

    static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 1000 == 0 || millis >= 10_000) {
            return Math.round(millis / 1000.0) + " s";
        }
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** Whole seconds elapsed since {@code epochMillis}, never negative (clocks of two hosts differ). */
    static String since(long epochMillis) {
        return Math.max(0, (System.currentTimeMillis() - epochMillis) / 1000) + " s";
    }
}
