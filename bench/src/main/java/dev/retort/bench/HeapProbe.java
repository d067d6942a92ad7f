package dev.retort.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The JVM heap a piece of work needs: the sum of the heap pools' peak usage while it runs, after a
 * GC and a reset of the peaks. An upper bound (garbage not yet collected counts), which is what
 * makes it useful: if it stays flat from 100k to 1M rows, no row reached the JVM.
 */
final class HeapProbe {
    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();

    void reset() {
        System.gc();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    long peakBytes() {
        return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
