package snapfit.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The peak Java heap use over a stretch of work, from the JVM's memory pools: {@link #reset()} collects
 * garbage (so that what came before does not count) and clears every heap pool's peak, {@link #peakBytes()}
 * sums the pools' peaks since. The pools need not have peaked at the same moment, so the sum bounds the
 * true peak from above. Native memory (SQLite's page cache, OpenCV) is not included. Process-wide state:
 * measure one thing at a time.
 */
final class HeapPeak {

    private HeapPeak() {
    }

    static void reset() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pool.resetPeakUsage();
            }
        }
    }

    static long peakBytes() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes;
    }
}
