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

    /** The median of this variant's time over the floor's, repetition by repetition. */
    double pairedRatio(Timing floor) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < Math.min(seconds.size(), floor.seconds.size()); i++) {
            ratios.add(seconds.get(i) / floor.seconds.get(i));
        }
        return new Timing(name, ratios).median();
    }

    double min() {
        return Collections.min(seconds);
    }
}
