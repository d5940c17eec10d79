package snapfit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import snapfit.model.EdgePos;
import snapfit.model.MatchResult;
import snapfit.model.PieceId;
import snapfit.model.SegmentId;

class StreamingHistogramTest {

    private static final PieceId PIECE_A = new PieceId("a", 0);
    private static final PieceId PIECE_B = new PieceId("b", 0);

    @Test
    void add_knownValues_exactCountsAndOutliers() {
        StreamingHistogram histogram = new StreamingHistogram(new HistogramBins(0, 1, 4));
        for (double value : new double[] {0, 0.1, 0.25, 0.3, 0.6, 0.75, 1.0, -0.5, 2}) {
            histogram.add(value);
        }

        assertThat(histogram.counts()).containsExactly(2, 2, 1, 2);
        assertThat(histogram.underflow()).isEqualTo(1);
        assertThat(histogram.overflow()).isEqualTo(1);
        assertThat(histogram.total()).isEqualTo(9);
        assertThat(histogram.min()).isEqualTo(-0.5);
        assertThat(histogram.max()).isEqualTo(2);
        assertThat(histogram.mean()).isCloseTo(4.5 / 9, offset(1e-12));
        assertThat(histogram.fractions()).containsExactly(2 / 9.0, 2 / 9.0, 1 / 9.0, 2 / 9.0);
    }

    @Test
    void quantile_uniformValues_withinOneBinWidth() {
        StreamingHistogram histogram = new StreamingHistogram(new HistogramBins(0, 100, 20));
        for (int i = 0; i < 1000; i++) {
            histogram.add(i / 10.0);
        }

        assertThat(histogram.quantile(0)).isEqualTo(0);
        assertThat(histogram.quantile(1)).isEqualTo(99.9);
        assertThat(histogram.quantile(0.5)).isCloseTo(50, offset(5.0));
        assertThat(histogram.quantile(0.95)).isCloseTo(95, offset(5.0));
    }

    @Test
    void quantile_valuesBeyondBins_interpolatesToSeenExtremes() {
        StreamingHistogram histogram = new StreamingHistogram(new HistogramBins(0, 1, 2));
        histogram.add(0.2);
        histogram.add(5);
        histogram.add(9);

        assertThat(histogram.quantile(1)).isEqualTo(9);
        assertThat(histogram.quantile(2 / 3.0)).isBetween(1.0, 9.0);
        assertThat(histogram.quantile(0)).isEqualTo(0.2);
    }

    @Test
    void quantile_empty_isNaN() {
        StreamingHistogram histogram = new StreamingHistogram(new HistogramBins(0, 1, 2));

        assertThat(histogram.quantile(0.5)).isNaN();
        assertThat(histogram.mean()).isNaN();
        assertThat(histogram.fractions()).containsExactly(0, 0);
    }

    @Test
    void add_nan_isRefused() {
        StreamingHistogram histogram = new StreamingHistogram(new HistogramBins(0, 1, 2));

        assertThatThrownBy(() -> histogram.add(Double.NaN)).hasMessageContaining("NaN");
        assertThatThrownBy(() -> histogram.quantile(1.5)).hasMessageContaining("1.5");
    }

    @Test
    void similarity_twoMillionGeneratedMatches_countsEveryBinExactlyInOnePass() {
        int total = 2_000_000;
        // Similarity cycles through 0.0005, 0.0015, ... 0.9995: each of 1000 bins over [0, 1] gets 2000.
        Stream<MatchResult> matches = IntStream.range(0, total).mapToObj(StreamingHistogramTest::generated);

        StreamingHistogram histogram = MatchHistograms.similarity(matches, new HistogramBins(0, 1, 1000));

        assertThat(histogram.total()).isEqualTo(total);
        assertThat(histogram.underflow() + histogram.overflow()).isZero();
        for (int bin = 0; bin < 1000; bin++) {
            assertThat(histogram.count(bin)).as("bin %d", bin).isEqualTo(2000);
        }
        assertThat(histogram.quantile(0.5)).isCloseTo(0.5, offset(0.001));
    }

    private static MatchResult generated(int i) {
        EdgePos edge = EdgePos.values()[i % 4];
        return MatchResult.of(new SegmentId(PIECE_A, edge), new SegmentId(PIECE_B, edge), (i % 1000 + 0.5f) / 1000);
    }
}
