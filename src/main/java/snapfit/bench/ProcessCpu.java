package snapfit.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/** Processor time used by this process, all threads together. */
final class ProcessCpu {

    private ProcessCpu() {
    }

    /** Nanoseconds of CPU time so far, where the JVM reports it (HotSpot does), else 0. */
    static long nanos() {
        OperatingSystemMXBean system = ManagementFactory.getOperatingSystemMXBean();
        return system instanceof com.sun.management.OperatingSystemMXBean bean ? bean.getProcessCpuTime() : 0;
    }
}
