package snapfit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What one client of {@link ServeBenchmark} did: it asks for random paths back to back on one connection until
 * {@code end}, timing the answers after {@code timedFrom}.
 *
 * @param nanos    the latency of each timed answer, the first {@code timed} entries
 * @param timed    answers timed
 * @param failures answers other than 200
 */
record ClientLoad(long[] nanos, int timed, long failures) {

    static ClientLoad run(int port, List<String> paths, SplittableRandom random, long timedFrom, long end) {
        long[] nanos = new long[1 << 14];
        int timed = 0;
        long failures = 0;
        try (LoopbackClient client = new LoopbackClient(port)) {
            for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
                int status = client.get(paths.get(random.nextInt(paths.size())));
                long answered = System.nanoTime();
                failures += status == 200 ? 0 : 1;
                if (now >= timedFrom) {
                    if (timed == nanos.length) {
                        nanos = Arrays.copyOf(nanos, 2 * timed);
                    }
                    nanos[timed++] = answered - now;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a benchmark client lost its connection", e);
        }
        return new ClientLoad(nanos, timed, failures);
    }
}
