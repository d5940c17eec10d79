package snapfit.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * XChart charts of similarity distributions, drawn from {@link StreamingHistogram}s (never from raw
 * matches): each histogram is one step line of at most two points per bin. Lower similarity is a better fit.
 */
public final class SimilarityCharts {

    private static final String SIMILARITY_AXIS = "similarity (lower = better fit)";

    private SimilarityCharts() {
    }

    /** One histogram as a filled step outline; the legend gives the count and any values outside the bins. */
    public static XYChart histogram(StreamingHistogram histogram, String title) {
        XYChart chart = ChartTheme.xyChart(title, SIMILARITY_AXIS, "matches per bin");
        double[] counts = new double[histogram.bins().count()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = histogram.count(i);
        }
        NiceAxis.applyToX(chart.getStyler(), histogram.bins().min(), histogram.bins().max());
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        StepLine step = StepLine.of(histogram.bins(), counts, 0);
        XYSeries series = chart.addSeries(legend(String.format("%,d matches", histogram.total()), histogram),
                step.xs(), step.ys());
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
        series.setMarker(SeriesMarkers.NONE);
        return chart;
    }

    /**
     * Several histograms over the same bins, each normalised to the fraction of its own values per bin so
     * that groups of very different sizes compare; {@code logY} shows the thin tails, with empty bins
     * drawn at the bottom of the axis.
     *
     * @param series legend label to histogram, drawn in iteration order
     * @throws IllegalArgumentException when there are no histograms or their bins differ
     */
    public static XYChart overlaid(String title, Map<String, StreamingHistogram> series, boolean logY) {
        if (series.isEmpty()) {
            throw new IllegalArgumentException("chart '" + title + "' has no histograms to draw");
        }
        HistogramBins bins = series.values().iterator().next().bins();
        Map<String, double[]> fractions = new LinkedHashMap<>();
        series.forEach((label, histogram) -> {
            if (!histogram.bins().equals(bins)) {
                throw new IllegalArgumentException("histogram '" + label + "' is binned " + histogram.bins()
                        + " but the first one " + bins + ": overlay only histograms with the same bins");
            }
            fractions.put(legend(label + String.format(" (n=%,d)", histogram.total()), histogram),
                    histogram.fractions());
        });
        XYChart chart = ChartTheme.xyChart(title, SIMILARITY_AXIS, "fraction of the group per bin");
        NiceAxis.applyToX(chart.getStyler(), bins.min(), bins.max());
        double floor = logY ? logFloor(fractions) : 0;
        if (logY) {
            chart.getStyler().setYAxisLogarithmic(true);
            chart.getStyler().setYAxisMin(floor);
        } else {
            chart.getStyler().setYAxisDecimalPattern("0.###");
        }
        fractions.forEach((label, values) -> {
            StepLine step = StepLine.of(bins, values, floor);
            XYSeries line = chart.addSeries(label, step.xs(), step.ys());
            line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            line.setMarker(SeriesMarkers.NONE);
        });
        return chart;
    }

    /** Per shape pair distributions (e.g. {@code in+out} against {@code out+out}), normalised and overlaid. */
    public static XYChart byShapePair(Map<ShapePair, StreamingHistogram> histograms, boolean logY) {
        Map<String, StreamingHistogram> labelled = new LinkedHashMap<>();
        histograms.forEach((pair, histogram) -> labelled.put(pair.toString(), histogram));
        return overlaid("Similarity by shape pair", labelled, logY);
    }

    /**
     * Matches that are true neighbours in the finished puzzle against all others, normalised and
     * overlaid: the less the two curves overlap, the better the score separates right from wrong.
     */
    public static XYChart trueVsFalse(TruthHistograms histograms, boolean logY) {
        Map<String, StreamingHistogram> labelled = new LinkedHashMap<>();
        labelled.put("true pairs", histograms.truePairs());
        labelled.put("false pairs", histograms.falsePairs());
        return overlaid("Similarity of true and false pairs", labelled, logY);
    }

    /** The label with a note of values outside the bins, which the chart cannot show. */
    private static String legend(String label, StreamingHistogram histogram) {
        long outside = histogram.underflow() + histogram.overflow();
        return outside == 0 ? label : label + String.format(", %,d outside the axis", outside);
    }

    /** A log axis cannot show 0: half the smallest non-zero fraction stands in for empty bins. */
    private static double logFloor(Map<String, double[]> fractions) {
        double smallest = 1;
        for (double[] values : fractions.values()) {
            for (double value : values) {
                if (value > 0) {
                    smallest = Math.min(smallest, value);
                }
            }
        }
        return smallest / 2;
    }
}
