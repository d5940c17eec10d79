package snapfit.vision;

/**
 * A closed outline resampled to points evenly spaced by arc length, with the tangent direction at each.
 * Even spacing makes every sample stand for the same length of outline, so a straight run votes by its length
 * whether the outline has a point per pixel or only its vertices. Coordinates in sheet pixels (x right,
 * y down); angles in radians, {@code atan2(dy, dx)}.
 */
final class ArcSamples {

    /** A bound just below 3 pi, up to which an angle difference above pi is one turn off. */
    private static final double ONE_AND_A_HALF_TURNS_BELOW = 9;

    final double[] xs;
    final double[] ys;
    final double[] tangents;
    final double spacing;

    private ArcSamples(double[] xs, double[] ys, double[] tangents, double spacing) {
        this.xs = xs;
        this.ys = ys;
        this.tangents = tangents;
        this.spacing = spacing;
    }

    /**
     * Resamples the outline to {@code count} points and takes each tangent as the direction of the chord
     * between the samples {@code halfWindow} before and after it, which smooths pixel staircases.
     */
    static ArcSamples of(int[] xs, int[] ys, int count, int halfWindow) {
        int n = xs.length;
        double[] cumulative = new double[n + 1];
        for (int i = 0; i < n; i++) {
            int next = (i + 1) % n;
            cumulative[i + 1] = cumulative[i] + Math.hypot(xs[next] - xs[i], ys[next] - ys[i]);
        }
        double perimeter = cumulative[n];
        double spacing = perimeter / count;
        double[] sx = new double[count];
        double[] sy = new double[count];
        int edge = 0;
        for (int s = 0; s < count; s++) {
            double target = s * spacing;
            while (edge < n - 1 && cumulative[edge + 1] <= target) {
                edge++;
            }
            int next = (edge + 1) % n;
            double length = cumulative[edge + 1] - cumulative[edge];
            double t = length > 0 ? (target - cumulative[edge]) / length : 0;
            sx[s] = xs[edge] + t * (xs[next] - xs[edge]);
            sy[s] = ys[edge] + t * (ys[next] - ys[edge]);
        }
        double[] tangents = new double[count];
        for (int s = 0; s < count; s++) {
            int before = Math.floorMod(s - halfWindow, count);
            int after = (s + halfWindow) % count;
            tangents[s] = Math.atan2(sy[after] - sy[before], sx[after] - sx[before]);
        }
        return new ArcSamples(sx, sy, tangents, spacing);
    }

    int size() {
        return xs.length;
    }

    /**
     * The rotation in (-pi/4, pi/4] that brings a piece's sides to the axes: the peak of the histogram of
     * tangent angles modulo 90 degrees (1 degree bins, smoothed over 5), refined by the circular mean of
     * 4 x tangent over the samples within 6 degrees of it.
     */
    double dominantRotation() {
        int bins = 90;
        double[] histogram = new double[bins];
        double quarter = Math.PI / 2;
        for (double tangent : tangents) {
            double degrees = Math.toDegrees(tangent);
            double folded = degrees - 90 * Math.floor(degrees / 90);
            histogram[Math.min(bins - 1, (int) folded)]++;
        }
        int peak = 0;
        double best = -1;
        for (int bin = 0; bin < bins; bin++) {
            double smoothed = 0;
            for (int k = -2; k <= 2; k++) {
                smoothed += (3 - Math.abs(k)) * histogram[Math.floorMod(bin + k, bins)];
            }
            if (smoothed > best) {
                best = smoothed;
                peak = bin;
            }
        }
        // Circular mean of 4 * tangent near the peak: quarter turns fold onto one direction.
        double peakAngle = Math.toRadians(peak + 0.5);
        double sin = 0;
        double cos = 0;
        for (double tangent : tangents) {
            double folded = Math.IEEEremainder(tangent - peakAngle, quarter);
            if (Math.abs(folded) <= Math.toRadians(6)) {
                sin += Math.sin(4 * tangent);
                cos += Math.cos(4 * tangent);
            }
        }
        return Math.atan2(sin, cos) / 4;
    }

    /**
     * The smallest difference between two angles, in [0, pi]: {@code |IEEEremainder(a - b, 2 pi)|}, bit for bit.
     * Called for every sample and Hough angle, so the common cases skip the slow remainder: below pi the
     * difference is its own remainder, and below 9 (under 1.5 turns) it is one turn off, a subtraction that is
     * exact there (Sterbenz's lemma: {@code x - y} is exact for {@code y/2 <= x <= 2y}).
     */
    static double angleBetween(double a, double b) {
        double difference = Math.abs(a - b);
        if (difference <= Math.PI) {
            return difference;
        }
        if (difference < ONE_AND_A_HALF_TURNS_BELOW) {
            return Math.abs(difference - 2 * Math.PI);
        }
        return Math.abs(Math.IEEEremainder(difference, 2 * Math.PI));
    }
}
