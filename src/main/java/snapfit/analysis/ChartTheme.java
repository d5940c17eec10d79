package snapfit.analysis;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * The one look of every snap-fit chart: 800 x 500 pixels, white plot with light grid lines, a legend
 * inside the top-right corner and series colours from the Okabe-Ito palette, which stays
 * distinguishable for the common forms of colour blindness (Okabe and Ito, "Color Universal Design", 2008).
 */
public final class ChartTheme {

    /** Chart width in pixels. */
    public static final int WIDTH = 800;
    /** Chart height in pixels. */
    public static final int HEIGHT = 500;

    /** Okabe-Ito colours, most distinct first; yellow and black come last as they read worst on white. */
    static final Color[] SERIES_COLOURS = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0xF0E442), new Color(0x000000),
    };

    private static final String FONT = Font.SANS_SERIF;

    private ChartTheme() {
    }

    /** An empty XY chart in the theme, with its title and axis titles (put units in brackets). */
    public static XYChart xyChart(String title, String xAxisTitle, String yAxisTitle) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title(title).xAxisTitle(xAxisTitle).yAxisTitle(yAxisTitle).build();
        apply(chart.getStyler());
        chart.getStyler().setMarkerSize(6);
        return chart;
    }

    /** An empty bar chart in the theme, with its title and axis titles (put units in brackets). */
    public static CategoryChart categoryChart(String title, String xAxisTitle, String yAxisTitle) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title(title).xAxisTitle(xAxisTitle).yAxisTitle(yAxisTitle).build();
        apply(chart.getStyler());
        chart.getStyler().setAvailableSpaceFill(0.6);
        return chart;
    }

    /** The colour of the {@code index}-th series, cycling through the palette. */
    static Color seriesColour(int index) {
        return SERIES_COLOURS[Math.floorMod(index, SERIES_COLOURS.length)];
    }

    private static void apply(AxesChartStyler styler) {
        styler.setAntiAlias(true);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderColor(Color.GRAY);
        styler.setPlotGridLinesColor(new Color(0xE0E0E0));
        styler.setPlotGridLinesStroke(new BasicStroke(1f));
        styler.setSeriesColors(SERIES_COLOURS);
        styler.setChartTitleFont(new Font(FONT, Font.BOLD, 16));
        styler.setAxisTitleFont(new Font(FONT, Font.PLAIN, 13));
        styler.setAxisTickLabelsFont(new Font(FONT, Font.PLAIN, 12));
        styler.setLegendFont(new Font(FONT, Font.PLAIN, 12));
        // Beside the plot: a legend inside it covers data (a histogram's peak, the top-k bars), and one below it
        // runs off the chart with eight shape pairs.
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setLegendBackgroundColor(new Color(255, 255, 255, 220));
        styler.setLegendBorderColor(Color.LIGHT_GRAY);
        styler.setChartTitleBoxVisible(false);
        styler.setChartPadding(12);
    }
}
