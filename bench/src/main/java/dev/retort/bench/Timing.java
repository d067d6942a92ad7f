package dev.retort.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The wall times of one variant's measured repetitions, in seconds. */
record Timing(String name, List<Double> seconds) {
    Timing {
        seconds = List.copyOf(seconds);
    }

    double median() {
        List<Double> sorted = new ArrayList<>(seconds);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    double min() {
        return Collections.min(seconds);
    }
}
