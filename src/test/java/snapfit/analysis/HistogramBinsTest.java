package snapfit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

class HistogramBinsTest {

    @Test
    void indexOf_valuesOnEdges_goToUpperBinAndMaxToLast() {
        HistogramBins bins = new HistogramBins(0, 1, 10);

        assertThat(bins.indexOf(0)).isZero();
        assertThat(bins.indexOf(0.3)).isEqualTo(3);
        assertThat(bins.indexOf(0.7)).isEqualTo(7);
        assertThat(bins.indexOf(0.9999)).isEqualTo(9);
        assertThat(bins.indexOf(1)).isEqualTo(9);
        assertThat(bins.indexOf(-0.001)).isEqualTo(-1);
        assertThat(bins.indexOf(1.001)).isEqualTo(10);
    }

    @Test
    void lowerEdge_lastEdge_isExactlyMax() {
        HistogramBins bins = new HistogramBins(0.1, 0.7, 3);

        assertThat(bins.lowerEdge(0)).isEqualTo(0.1);
        assertThat(bins.lowerEdge(3)).isEqualTo(0.7);
        assertThat(bins.center(0)).isCloseTo(0.2, offset(1e-12));
        assertThat(bins.width()).isCloseTo(0.2, offset(1e-12));
    }

    @Test
    void spanning_values_coverMinToMax() {
        HistogramBins bins = HistogramBins.spanning(DoubleStream.of(0.5, 2.5, 1.0), 4);

        assertThat(bins).isEqualTo(new HistogramBins(0.5, 2.5, 4));
    }

    @Test
    void spanning_allEqual_widensByHalfEachSide() {
        assertThat(HistogramBins.spanning(DoubleStream.of(3, 3), 2)).isEqualTo(new HistogramBins(2.5, 3.5, 2));
    }

    @Test
    void spanning_noValues_isRefused() {
        assertThatThrownBy(() -> HistogramBins.spanning(DoubleStream.empty(), 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no values");
    }

    @Test
    void constructor_emptyRangeOrNoBins_isRefused() {
        assertThatThrownBy(() -> new HistogramBins(1, 1, 10)).hasMessageContaining("[1.0, 1.0]");
        assertThatThrownBy(() -> new HistogramBins(0, 1, 0)).hasMessageContaining("bin count 0");
    }
}
