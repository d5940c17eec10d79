package snapfit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The serve benchmark's bookkeeping on a small, short run; its timings are not asserted. */
class ServeBenchmarkTest {

    @Test
    void run_smallStore_answersEveryRequestAndCountsThem() {
        List<String> progress = new ArrayList<>();

        ServeBenchmark.Result result = ServeBenchmark.run(new ServeBenchmark.Config(
                new StoreBenchmark.Config(5000, 60, 5, 7), 4, 0, 1), progress::add);

        assertThat(result.failures()).isZero();
        assertThat(result.matches()).isEqualTo(5000);
        assertThat(result.clients()).isEqualTo(4);
        assertThat(result.requests()).isPositive();
        assertThat(result.perSecond()).isEqualTo((double) result.requests());
        assertThat(result.loaded().p99Millis()).isGreaterThanOrEqualTo(result.loaded().p50Millis());
        assertThat(progress).contains("4 clients: 0 s of warm-up, then 1 s timed");
    }
}
