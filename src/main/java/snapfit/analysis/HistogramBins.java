package snapfit.analysis;

import java.util.DoubleSummaryStatistics;
import java.util.stream.DoubleStream;

/**
 * Fixed, equal-width bins over {@code [min, max]}: bin {@code i} holds {@code [min + i w, min + (i+1) w)}
 * with {@code w = (max - min) / count}, and the last bin also holds {@code max} itself.
 *
 * @param min   the lower edge of the first bin, in the unit of the values binned (similarity for matches)
 * @param max   the upper edge of the last bin, greater than {@code min}
 * @param count the number of bins, 1 to {@value #MAX_COUNT}; 50 suits a chart
 */
public record HistogramBins(double min, double max, int count) {

    /** More bins than this would no longer be a summary (and would cost real memory per group). */
    public static final int MAX_COUNT = 100_000;

    public HistogramBins {
        if (!Double.isFinite(min) || !Double.isFinite(max) || max <= min) {
            throw new IllegalArgumentException("histogram range [" + min + ", " + max
                    + "] is empty or not finite: max must be greater than min");
        }
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("histogram bin count " + count + " is outside 1.." + MAX_COUNT);
        }
    }

    /**
     * Bins spanning every value of {@code values}, found in one pass that keeps only the minimum and
     * maximum. When all values are equal the range is that value plus or minus 0.5.
     *
     * @throws IllegalArgumentException when there are no values or one is not finite
     */
    public static HistogramBins spanning(DoubleStream values, int count) {
        DoubleSummaryStatistics statistics = values.summaryStatistics();
        if (statistics.getCount() == 0) {
            throw new IllegalArgumentException("cannot choose histogram bins for no values: pass min and max instead");
        }
        double low = statistics.getMin();
        double high = statistics.getMax();
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("values range over [" + low + ", " + high + "]: they must be finite");
        }
        return low == high ? new HistogramBins(low - 0.5, high + 0.5, count) : new HistogramBins(low, high, count);
    }

    /** The width of one bin. */
    public double width() {
        return (max - min) / count;
    }

    /** The lower edge of bin {@code index}; {@code lowerEdge(count)} is {@code max}. */
    public double lowerEdge(int index) {
        if (index < 0 || index > count) {
            throw new IllegalArgumentException("bin edge " + index + " is outside 0.." + count);
        }
        return index == count ? max : min + (max - min) * index / count;
    }

    /** The middle of bin {@code index}. */
    public double center(int index) {
        return (lowerEdge(index) + lowerEdge(index + 1)) / 2;
    }

    /**
     * The bin holding {@code value}: -1 below {@code min}, {@code count} above {@code max}. Scaling
     * before dividing keeps values on a bin edge in the upper bin, e.g. 0.3 in ten bins over [0, 1] is bin 3.
     */
    int indexOf(double value) {
        if (value < min) {
            return -1;
        }
        if (value > max) {
            return count;
        }
        return Math.min(count - 1, (int) ((value - min) * count / (max - min)));
    }
}
