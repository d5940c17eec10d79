package snapfit.vision;

/**
 * Finds the strongest straight line near one expected direction on a resampled outline, by voting in
 * (angle, offset) space: a Hough transform (Duda &amp; Hart 1972) restricted to angles near the expected one,
 * where each sample votes only for angles close to its own tangent. Offsets are measured along the line's
 * normal in bins of about one sample spacing; a cell's score is its votes plus those of its two neighbours,
 * which tolerates a few pixels of waviness along a cut edge.
 */
final class SideHough {

    private static final double ANGLE_STEP = Math.toRadians(1);

    private SideHough() {
    }

    /**
     * The refined line of the longest straight, collinear run of the outline whose direction is within
     * {@code range} of {@code direction}, or null when no sample points that way.
     */
    static SideLine strongestLine(ArcSamples samples, double direction, double range, double voteTolerance,
            double fitTolerance) {
        double centerX = mean(samples.xs);
        double centerY = mean(samples.ys);
        double radius = 0;
        for (int s = 0; s < samples.size(); s++) {
            radius = Math.max(radius, Math.hypot(samples.xs[s] - centerX, samples.ys[s] - centerY));
        }
        double binWidth = Math.max(1, samples.spacing);
        int bins = (int) Math.ceil(2 * radius / binWidth) + 3;
        int steps = (int) Math.round(range / ANGLE_STEP);
        double bestScore = 0;
        double bestAngle = direction;
        double bestOffset = 0;
        int[] votes = new int[bins];
        for (int step = -steps; step <= steps; step++) {
            double angle = direction + step * ANGLE_STEP;
            double normalX = -Math.sin(angle);
            double normalY = Math.cos(angle);
            java.util.Arrays.fill(votes, 0);
            for (int s = 0; s < samples.size(); s++) {
                if (ArcSamples.angleBetween(samples.tangents[s], angle) <= voteTolerance) {
                    double offset = (samples.xs[s] - centerX) * normalX + (samples.ys[s] - centerY) * normalY;
                    votes[1 + (int) Math.floor((offset + radius) / binWidth)]++;
                }
            }
            for (int bin = 1; bin < bins - 1; bin++) {
                int score = votes[bin - 1] + votes[bin] + votes[bin + 1];
                if (score > bestScore) {
                    bestScore = score;
                    bestAngle = angle;
                    bestOffset = (bin - 0.5) * binWidth - radius;
                }
            }
        }
        if (bestScore == 0) {
            return null;
        }
        return refit(samples, bestAngle, bestOffset, centerX, centerY, 1.5 * binWidth, fitTolerance);
    }

    private static SideLine refit(ArcSamples samples, double angle, double offset, double centerX, double centerY,
            double offsetTolerance, double fitTolerance) {
        double normalX = -Math.sin(angle);
        double normalY = Math.cos(angle);
        boolean[] chosen = new boolean[samples.size()];
        for (int s = 0; s < samples.size(); s++) {
            double sampleOffset = (samples.xs[s] - centerX) * normalX + (samples.ys[s] - centerY) * normalY;
            chosen[s] = ArcSamples.angleBetween(samples.tangents[s], angle) <= fitTolerance
                    && Math.abs(sampleOffset - offset) <= offsetTolerance;
        }
        return SideLine.fit(samples, chosen, angle);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }
}
