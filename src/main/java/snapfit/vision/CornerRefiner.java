package snapfit.vision;

/**
 * Moves rough corners of a piece outline to where its two sides meet, to sub-pixel precision, then back onto
 * the outline.
 *
 * <p>For each corner, the outline is taken on both sides of it between {@value #INNER_SHARE} and
 * {@value #OUTER_SHARE} of the piece's side length away along the outline: past the rounding that blur and
 * thresholding give the tip, short of any tab or blank (their shoulders start a quarter of a side in). A
 * total-least-squares line is fitted to each stretch and the two lines intersect at the sub-pixel corner
 * (the classic construction of a corner from its two edges, e.g. Förstner &amp; Gülch 1987 intersect edge lines
 * the same way). The corner becomes the outline point nearest that intersection; this is repeated
 * {@value #ROUNDS} times, as the stretches depend on where the corner is. Local lines follow a side's own
 * direction at the corner, so a side that bows (a wavy cut, a warped piece) does not pull its corner off the
 * tip as a line fitted to the whole side would.
 *
 * <p>Outline points are whole pixels (x right, y down) with at most one pixel between neighbours, as OpenCV
 * traces them. Thread-safe: it keeps no state.
 */
final class CornerRefiner {

    static final double INNER_SHARE = 0.02;
    static final double OUTER_SHARE = 0.10;
    private static final int ROUNDS = 2;
    private static final int MIN_POINTS = 5;

    private CornerRefiner() {
    }

    /**
     * The corner indices moved to the outline points nearest the sub-pixel corners; a corner whose sides
     * cannot be fitted (too few points, parallel lines, an intersection further than the outer stretch)
     * stays where it was.
     *
     * @param corners indices into the outline, following one another along it
     */
    static int[] refine(int[] xs, int[] ys, int[] corners) {
        double size = 0;
        for (int k = 0; k < 4; k++) {
            int a = corners[k];
            int b = corners[(k + 1) % 4];
            size += Math.hypot(xs[b] - xs[a], ys[b] - ys[a]) / 4;
        }
        int[] refined = corners.clone();
        for (int k = 0; k < 4; k++) {
            for (int round = 0; round < ROUNDS; round++) {
                double[] corner = subPixelCorner(xs, ys, refined[k], INNER_SHARE * size, OUTER_SHARE * size);
                if (corner == null) {
                    break;
                }
                refined[k] = nearestWithin(xs, ys, refined[k], corner[0], corner[1], OUTER_SHARE * size);
            }
        }
        return refined;
    }

    /** Where the lines fitted to the outline just before and just after point {@code at} cross; null if none. */
    static double[] subPixelCorner(int[] xs, int[] ys, int at, double inner, double outer) {
        SideLine before = stretchLine(xs, ys, at, -1, inner, outer);
        SideLine after = stretchLine(xs, ys, at, 1, inner, outer);
        if (before == null || after == null) {
            return null;
        }
        double[] corner = before.intersect(after);
        if (corner == null || Math.hypot(corner[0] - xs[at], corner[1] - ys[at]) > outer) {
            return null;
        }
        return corner;
    }

    /**
     * The total-least-squares line through the outline points between {@code inner} and {@code outer} of arc
     * length from {@code at}, walking in {@code direction} (+1 along the outline, -1 against it).
     */
    private static SideLine stretchLine(int[] xs, int[] ys, int at, int direction, double inner, double outer) {
        int n = xs.length;
        double arc = 0;
        double sumX = 0;
        double sumY = 0;
        double sumXX = 0;
        double sumYY = 0;
        double sumXY = 0;
        int count = 0;
        int previous = at;
        for (int step = 1; step < n / 2 && arc <= outer; step++) {
            int i = Math.floorMod(at + direction * step, n);
            arc += Math.hypot(xs[i] - xs[previous], ys[i] - ys[previous]);
            previous = i;
            if (arc >= inner && arc <= outer) {
                sumX += xs[i];
                sumY += ys[i];
                sumXX += (double) xs[i] * xs[i];
                sumYY += (double) ys[i] * ys[i];
                sumXY += (double) xs[i] * ys[i];
                count++;
            }
        }
        if (count < MIN_POINTS) {
            return null;
        }
        double meanX = sumX / count;
        double meanY = sumY / count;
        double sxx = sumXX / count - meanX * meanX;
        double syy = sumYY / count - meanY * meanY;
        double sxy = sumXY / count - meanX * meanY;
        double angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
        return new SideLine(meanX, meanY, Math.cos(angle), Math.sin(angle));
    }

    /** The outline point nearest {@code (x, y)} among those within {@code reach} points of {@code from}. */
    private static int nearestWithin(int[] xs, int[] ys, int from, double x, double y, double reach) {
        int n = xs.length;
        int span = (int) Math.min(n / 2 - 1, Math.ceil(2 * reach));
        int nearest = from;
        double best = Double.MAX_VALUE;
        for (int step = -span; step <= span; step++) {
            int i = Math.floorMod(from + step, n);
            double distance = (xs[i] - x) * (xs[i] - x) + (ys[i] - y) * (ys[i] - y);
            if (distance < best) {
                best = distance;
                nearest = i;
            }
        }
        return nearest;
    }
}
