package snapfit.analysis;

import java.util.Objects;

/**
 * Counts of values in fixed {@link HistogramBins}, filled one value at a time: memory is one
 * {@code long} per bin however many values pass, so millions of match scores can be summarised
 * in one streaming pass. Values outside the bins are counted as underflow and overflow; the exact
 * minimum, maximum and mean of every value added are kept too.
 *
 * <p>Mutable and not thread-safe: fill it from one thread (a sequential stream).
 */
public final class StreamingHistogram {

    private final HistogramBins bins;
    private final long[] counts;
    private long underflow;
    private long overflow;
    private long total;
    private double sum;
    private double minSeen = Double.POSITIVE_INFINITY;
    private double maxSeen = Double.NEGATIVE_INFINITY;

    public StreamingHistogram(HistogramBins bins) {
        this.bins = Objects.requireNonNull(bins, "bins");
        this.counts = new long[bins.count()];
    }

    /**
     * Counts one value.
     *
     * @throws IllegalArgumentException for NaN, which belongs in no bin
     */
    public void add(double value) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("cannot count NaN in a histogram over " + bins);
        }
        int index = bins.indexOf(value);
        if (index < 0) {
            underflow++;
        } else if (index >= counts.length) {
            overflow++;
        } else {
            counts[index]++;
        }
        total++;
        sum += value;
        minSeen = Math.min(minSeen, value);
        maxSeen = Math.max(maxSeen, value);
    }

    public HistogramBins bins() {
        return bins;
    }

    /** The number of values in bin {@code index}. */
    public long count(int index) {
        Objects.checkIndex(index, counts.length);
        return counts[index];
    }

    /** A copy of the per-bin counts. */
    public long[] counts() {
        return counts.clone();
    }

    /** Values below {@code bins().min()}. */
    public long underflow() {
        return underflow;
    }

    /** Values above {@code bins().max()}. */
    public long overflow() {
        return overflow;
    }

    /** Every value added, in or out of the bins. */
    public long total() {
        return total;
    }

    /** The smallest value added; NaN when empty. */
    public double min() {
        return total == 0 ? Double.NaN : minSeen;
    }

    /** The largest value added; NaN when empty. */
    public double max() {
        return total == 0 ? Double.NaN : maxSeen;
    }

    /** The mean of every value added; NaN when empty. */
    public double mean() {
        return total == 0 ? Double.NaN : sum / total;
    }

    /**
     * Each bin's share of all values added (under- and overflow included in the whole), so that
     * histograms of groups of different sizes can be overlaid; all zero when empty.
     */
    public double[] fractions() {
        double[] fractions = new double[counts.length];
        for (int i = 0; i < counts.length && total > 0; i++) {
            fractions[i] = (double) counts[i] / total;
        }
        return fractions;
    }

    /**
     * The {@code q}-quantile, interpolated linearly inside the bin it falls in, so exact to within
     * one bin width; values below or above the bins count as one wide bin reaching to the smallest or
     * largest value seen. {@code quantile(0)} and {@code quantile(1)} are the exact minimum and maximum.
     *
     * @param q a fraction in [0, 1], e.g. 0.5 for the median
     * @return the quantile, NaN when empty
     */
    public double quantile(double q) {
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("quantile " + q + " is outside [0, 1]");
        }
        if (total == 0) {
            return Double.NaN;
        }
        double rank = q * total;
        if (rank <= underflow) {
            return interpolate(minSeen, bins.min(), underflow == 0 ? 0 : rank / underflow);
        }
        double below = underflow;
        for (int i = 0; i < counts.length; i++) {
            if (rank <= below + counts[i] && counts[i] > 0) {
                double low = Math.max(bins.lowerEdge(i), minSeen);
                double high = Math.min(bins.lowerEdge(i + 1), maxSeen);
                return interpolate(low, high, (rank - below) / counts[i]);
            }
            below += counts[i];
        }
        return interpolate(bins.max(), maxSeen, overflow == 0 ? 1 : (rank - below) / overflow);
    }

    private static double interpolate(double low, double high, double fraction) {
        return low + (high - low) * Math.min(1, Math.max(0, fraction));
    }
}
