package snapfit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's bookkeeping on a tiny puzzle; its timings are not asserted. */
class PipelineBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void run_24Pieces_countsAgreeWithWhatWasStored() {
        List<String> progress = new ArrayList<>();

        PipelineBenchmark.Result result = PipelineBenchmark.run(dir, new PipelineBenchmark.Config(24, 2, false, 3, OptionalInt.empty()),
                progress::add);

        assertThat(result.pieces()).isEqualTo(24);
        assertThat(result.sheets()).isEqualTo(2);
        assertThat(result.segments()).isEqualTo(96);
        // 96 segments, 4 per piece: pairs of different pieces = C(96, 2) - 24 * C(4, 2).
        assertThat(result.pairsConsidered()).isEqualTo(96 * 95 / 2 - 24 * 6);
        assertThat(result.pairsScored()).isPositive().isLessThan(result.pairsConsidered())
                .isEqualTo(result.storedMatches());
        assertThat(result.incrementalPairs()).isPositive();
        assertThat(result.scoreCost().nanosPerPair()).isPositive().isFinite();
        assertThat(result.scoreCost().originalNanosPerPair()).isPositive().isFinite();
        assertThat(result.storedAfterIncremental()).isEqualTo(result.storedMatches() + result.incrementalPairs());
        assertThat(result.peakHeapBytes()).isPositive();
        assertThat(result.ingest()).isNull();
        assertThat(result.warmIngest()).isNull();
        assertThat(result.profile().scoreSeconds()).isGreaterThanOrEqualTo(result.profile().storeWriteSeconds());
        assertThat(progress).anyMatch(line -> line.startsWith("matching all pairs of 24 pieces on 2 threads"));
    }

    @Test
    void run_withImages_timesTheColdAndTheWarmIngest() {
        PipelineBenchmark.Result result = PipelineBenchmark.run(dir,
                new PipelineBenchmark.Config(12, 2, true, 3, OptionalInt.empty()), line -> { });

        assertThat(result.sheets()).isPositive();
        for (PipelineBenchmark.IngestRate rate : List.of(result.ingest(), result.warmIngest())) {
            assertThat(rate.sheetsPerSecond()).isPositive();
            assertThat(rate.cpuSecondsPerSheet()).isPositive();
        }
        assertThat(result.storedAfterIncremental()).isEqualTo(result.storedMatches() + result.incrementalPairs());
    }

    @Test
    void run_keepBest_storesFewerThanItScoresAndSaysSo() {
        PipelineBenchmark.Result result = PipelineBenchmark.run(dir,
                new PipelineBenchmark.Config(36, 2, false, 3, OptionalInt.of(3)), line -> { });

        assertThat(result.keptPerSegment()).isEqualTo(3);
        assertThat(result.storedMatches()).isLessThan(result.pairsScored()).isGreaterThanOrEqualTo(36 * 4 * 3 / 2);
    }

    @Test
    void puzzleOf_pieceCounts_giveRoughlySquareGridsHoldingThem() {
        for (int pieces : new int[] {14, 162, 1512}) {
            var grid = PipelineBenchmark.puzzleOf(pieces, 1);

            assertThat(grid.rows() * grid.cols()).isBetween(pieces, pieces + grid.rows() - 1);
            assertThat(Math.abs(grid.rows() - grid.cols())).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void config_tooManyPieces_namesTheLimit() {
        assertThatThrownBy(() -> PipelineBenchmark.Config.defaults().withPieces(20_000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("20000").hasMessageContaining("16000");
    }
}
