package snapfit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import snapfit.model.SegmentShape;

class ChartsTest {

    private static final HistogramBins BINS = new HistogramBins(0, 1, 4);

    @Test
    void histogram_knownCounts_stepOutlineAndPngOfThemeSize() throws IOException {
        StreamingHistogram histogram = histogramOf(0.1, 0.2, 0.6, 1.5);

        XYChart chart = SimilarityCharts.histogram(histogram, "Similarity of all matches");

        XYSeries series = chart.getSeriesMap().values().iterator().next();
        assertThat(series.getName()).isEqualTo("4 matches, 1 outside the axis");
        assertThat(series.getXData()).containsExactly(0, 0.25, 0.25, 0.5, 0.5, 0.75, 0.75, 1);
        assertThat(series.getYData()).containsExactly(2, 2, 0, 0, 1, 1, 0, 0);
        assertThat(chart.getXAxisTitle()).contains("similarity");
        assertPngOfThemeSize(chart);
    }

    @Test
    void overlaid_groupsOfDifferentSize_normalisedToFractions() {
        Map<String, StreamingHistogram> series = new LinkedHashMap<>();
        series.put("few", histogramOf(0.1));
        series.put("many", histogramOf(0.1, 0.3, 0.3, 0.9));

        XYChart chart = SimilarityCharts.overlaid("groups", series, false);

        assertThat(chart.getSeriesMap().keySet()).containsExactly("few (n=1)", "many (n=4)");
        assertThat(chart.getSeriesMap().get("many (n=4)").getYData()).containsExactly(0.25, 0.25, 0.5, 0.5, 0, 0, 0.25, 0.25);
    }

    @Test
    void trueVsFalse_logY_emptyBinsAtHalfTheSmallestFraction() throws IOException {
        TruthHistograms truth = new TruthHistograms(histogramOf(0.1, 0.1, 0.3), histogramOf(0.6, 0.9, 0.9, 0.9));

        XYChart chart = SimilarityCharts.trueVsFalse(truth, true);

        assertThat(chart.getStyler().isYAxisLogarithmic()).isTrue();
        assertThat(chart.getSeriesMap().get("true pairs (n=3)").getYData())
                .containsExactly(2 / 3.0, 2 / 3.0, 1 / 3.0, 1 / 3.0, 0.125, 0.125, 0.125, 0.125);
        assertPngOfThemeSize(chart);
    }

    @Test
    void overlaid_differentBins_isRefused() {
        Map<String, StreamingHistogram> series = new LinkedHashMap<>();
        series.put("a", histogramOf(0.1));
        series.put("b", new StreamingHistogram(new HistogramBins(0, 2, 4)));

        assertThatThrownBy(() -> SimilarityCharts.overlaid("t", series, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'b'");
    }

    @Test
    void byShapePair_labelsArePairNames() {
        Map<ShapePair, StreamingHistogram> histograms = new TreeMap<>();
        histograms.put(ShapePair.of(SegmentShape.IN, SegmentShape.OUT), histogramOf(0.1));

        XYChart chart = SimilarityCharts.byShapePair(histograms, false);

        assertThat(chart.getSeriesMap().keySet()).containsExactly("in+out (n=1)");
    }

    @Test
    void topKAccuracy_fractions_drawnAsPercentBars() throws IOException {
        TreeMap<Integer, Double> accuracy = new TreeMap<>(Map.of(1, 0.62, 3, 0.85, 5, 0.93));

        CategoryChart chart = PerformanceCharts.topKAccuracy(accuracy, "Match accuracy");

        List<Object> categories = List.copyOf(chart.getSeriesMap().get("accuracy").getXData());
        List<Number> percentages = List.copyOf(chart.getSeriesMap().get("accuracy").getYData());
        assertThat(categories).containsExactly("top-1", "top-3", "top-5");
        assertThat(percentages).containsExactly(62.0, 85.0, 93.0);
        assertPngOfThemeSize(chart);
    }

    @Test
    void topKAccuracy_shareAboveOne_isRefused() {
        assertThatThrownBy(() -> PerformanceCharts.topKAccuracy(new TreeMap<>(Map.of(1, 62.0)), "t"))
                .hasMessageContaining("top-1 accuracy 62.0");
    }

    @Test
    void timing_twoStagesLogAxes_oneSeriesPerStage() throws IOException {
        List<TimingSeries> stages = List.of(
                new TimingSeries("match", List.of(new TimingSeries.Point(100, 0.5), new TimingSeries.Point(1500, 60))),
                new TimingSeries("store", List.of(new TimingSeries.Point(100, 0.01), new TimingSeries.Point(1500, 2))));

        XYChart chart = PerformanceCharts.timing("Pipeline time", "pieces", stages, true);

        assertThat(chart.getSeriesMap().keySet()).containsExactly("match", "store");
        assertThat(chart.getXAxisTitle()).isEqualTo("input size (pieces)");
        assertThat(chart.getYAxisTitle()).isEqualTo("time (s)");
        assertPngOfThemeSize(chart);
    }

    @Test
    void latency_secondsGiven_drawnInMilliseconds() throws IOException {
        List<TimingSeries> stages = List.of(new TimingSeries("pair lookup",
                List.of(new TimingSeries.Point(100, 0.00004), new TimingSeries.Point(1500, 0.0002))));

        XYChart chart = PerformanceCharts.latency("Query latency", "pieces", stages, false);

        assertThat(chart.getYAxisTitle()).isEqualTo("time (ms)");
        assertThat(chart.getSeriesMap().get("pair lookup").getYData()).containsExactly(0.04, 0.2);
        assertThat(chart.getSeriesMap().get("pair lookup").getXData()).containsExactly(100.0, 1500.0);
        assertPngOfThemeSize(chart);
    }

    @Test
    void timing_zeroSecondsOnLogAxes_isRefused() {
        List<TimingSeries> stages = List.of(new TimingSeries("load", List.of(new TimingSeries.Point(10, 0))));

        assertThatThrownBy(() -> PerformanceCharts.timing("t", "pieces", stages, true)).hasMessageContaining("'load'");
    }

    private static StreamingHistogram histogramOf(double... values) {
        StreamingHistogram histogram = new StreamingHistogram(BINS);
        for (double value : values) {
            histogram.add(value);
        }
        return histogram;
    }

    private static void assertPngOfThemeSize(Chart<?, ?> chart) throws IOException {
        byte[] png = ChartImages.toPngBytes(chart);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(decoded.getWidth()).isEqualTo(ChartTheme.WIDTH);
        assertThat(decoded.getHeight()).isEqualTo(ChartTheme.HEIGHT);
    }
}
