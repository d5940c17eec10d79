package snapfit.analysis;

/**
 * A histogram's outline as a polyline: for each bin a horizontal run from its lower to its upper edge at
 * its height, so adjacent bins join with vertical steps. Built here rather than with XChart's step style
 * so that the first and last bins are drawn full width.
 */
record StepLine(double[] xs, double[] ys) {

    /**
     * The outline of {@code heights} over {@code bins}; heights below {@code floor} are drawn at it (0
     * on a linear axis, a small positive value on a log one).
     */
    static StepLine of(HistogramBins bins, double[] heights, double floor) {
        if (heights.length != bins.count()) {
            throw new IllegalArgumentException(heights.length + " heights for " + bins.count() + " bins");
        }
        double[] xs = new double[2 * heights.length];
        double[] ys = new double[2 * heights.length];
        for (int i = 0; i < heights.length; i++) {
            xs[2 * i] = bins.lowerEdge(i);
            xs[2 * i + 1] = bins.lowerEdge(i + 1);
            ys[2 * i] = Math.max(floor, heights[i]);
            ys[2 * i + 1] = ys[2 * i];
        }
        return new StepLine(xs, ys);
    }
}
