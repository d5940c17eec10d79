package snapfit.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;

/** Charts of how well and how fast snap-fit works: top-k accuracy bars and run time against input size. */
public final class PerformanceCharts {

    private PerformanceCharts() {
    }

    /**
     * One bar per k: the share of segments whose true partner is among their k best-scored candidates.
     *
     * @param accuracyByK k (1 or more) to that share as a fraction in [0, 1]; drawn as a percentage
     * @throws IllegalArgumentException for an empty map, k below 1 or a share outside [0, 1]
     */
    public static CategoryChart topKAccuracy(SortedMap<Integer, Double> accuracyByK, String title) {
        if (accuracyByK.isEmpty()) {
            throw new IllegalArgumentException("top-k accuracy chart '" + title + "' has no values");
        }
        List<String> categories = new ArrayList<>();
        List<Double> percentages = new ArrayList<>();
        for (Map.Entry<Integer, Double> entry : accuracyByK.entrySet()) {
            double fraction = entry.getValue();
            if (entry.getKey() < 1 || !(fraction >= 0 && fraction <= 1)) {
                throw new IllegalArgumentException("top-" + entry.getKey() + " accuracy " + fraction
                        + ": k must be 1 or more and the accuracy a fraction in [0, 1]");
            }
            categories.add("top-" + entry.getKey());
            percentages.add(100 * fraction);
        }
        CategoryChart chart = ChartTheme.categoryChart(title, "candidates considered (k best)",
                "true partner found (%)");
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(100.0);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setLabelsPosition(0.93);
        chart.getStyler().setYAxisDecimalPattern("0");
        chart.getStyler().setDecimalPattern("0.0");
        chart.addSeries("accuracy", categories, percentages)
                .setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Bar);
        return chart;
    }

    /**
     * Run time against input size, one line with markers per stage.
     *
     * @param sizeUnit what the size counts, for the x axis title, e.g. {@code pieces}
     * @param logAxes  log scales on both axes, to read power laws as straight lines across decades
     */
    public static XYChart timing(String title, String sizeUnit, List<TimingSeries> stages, boolean logAxes) {
        return timeLines(title, sizeUnit, stages, logAxes, "time (s)", 1);
    }

    /**
     * Like {@link #timing}, with the time axis in milliseconds: for query latencies, which are fractions of
     * a millisecond to a few milliseconds. The stages' times are in seconds as always.
     */
    public static XYChart latency(String title, String sizeUnit, List<TimingSeries> stages, boolean logAxes) {
        return timeLines(title, sizeUnit, stages, logAxes, "time (ms)", 1000);
    }

    private static XYChart timeLines(String title, String sizeUnit, List<TimingSeries> stages, boolean logAxes,
            String timeAxis, double perSecond) {
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("timing chart '" + title + "' has no stages");
        }
        XYChart chart = ChartTheme.xyChart(title, "input size (" + sizeUnit + ")", timeAxis);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setXAxisDecimalPattern("#,##0");
        if (logAxes) {
            chart.getStyler().setXAxisLogarithmic(true);
            chart.getStyler().setYAxisLogarithmic(true);
        }
        for (TimingSeries stage : stages) {
            double[] sizes = stage.points().stream().mapToDouble(TimingSeries.Point::size).toArray();
            double[] times = stage.points().stream().mapToDouble(point -> point.seconds() * perSecond).toArray();
            if (logAxes && stage.points().stream().anyMatch(point -> point.seconds() == 0)) {
                throw new IllegalArgumentException("stage '" + stage.stage()
                        + "' has a time of 0 s, which a log axis cannot show: draw it with logAxes false");
            }
            chart.addSeries(stage.stage(), sizes, times).setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        }
        return chart;
    }
}
