package snapfit.vision;

import snapfit.model.CornerIndices;

/**
 * Finds the four corners of a jigsaw piece on its outline: the points where its straight sides meet, not
 * where a tab reaches.
 *
 * <p>Method (a constrained Hough transform on contour directions, after Duda &amp; Hart 1972, with a
 * total-least-squares refinement):
 * <ol>
 *   <li>resample the outline to {@value #SAMPLES} points evenly spaced by arc length and take a smoothed
 *       tangent at each, so sparse and dense outlines vote alike;</li>
 *   <li>the piece's rotation is the peak of the histogram of tangent angles modulo 90 degrees: the four
 *       straight sides dominate it, tabs and blanks spread over all angles;</li>
 *   <li>for each side (left, bottom, right, top as seen once that rotation is undone) vote in (angle, offset)
 *       space, angles within {@value #SIDE_ANGLE_RANGE_DEG} degrees of the side's nominal direction, each sample
 *       voting only for angles near its own tangent; the collinear straight runs either side of a tab or
 *       blank add up in one cell, while the walls of blanks and tab necks are short and curved;</li>
 *   <li>refit the line to the samples of the winning cell by total least squares;</li>
 *   <li>each corner starts at the intersection of its two side lines and snaps to the outline point within
 *       {@code 0.15} side lengths of it that sticks out furthest along the corner's outward diagonal, less half
 *       its distance ({@code protrudingPoint}): where a side bends near its corner the lines meet inside the
 *       piece and the real tip lies outwards;</li>
 *   <li>refine each corner locally ({@link CornerRefiner}): lines fitted to the outline just either side of it
 *       (2-10% of a side away) meet at the sub-pixel corner, and the corner becomes the outline point nearest
 *       it. Whole-side lines miss the tip of a side that bows (by up to 6 px on a 500 px side with a 1% wave),
 *       and the tip is rounded by blur, so without this step partners' corners disagree by several pixels and
 *       so do their sides' lengths and resampling.</li>
 * </ol>
 * Sides need not be parallel or perpendicular: each line keeps its own angle. If the sides cannot be found
 * (an outline that is no piece, or four corners out of contour order) it falls back to the outline points
 * extreme along the diagonals of the rotated frame.
 *
 * <p>Why this method: fitting whole sides uses every point of the long straight runs, so it is not thrown by
 * a tab or blank next to a corner (which fools curvature peaks and extreme-point rules), and a side line that
 * is correct over most of its length puts the corner where the straight sides meet. Measured: on synthetic photo-like sheets
 * (seeds 101-103, tilts up to 30 degrees) corners are 3.0-3.5 px from the truth on average, none off by 3% of the
 * side; on drawn pieces rotated -30 to +30 degrees, with knobs at 0.3 of a side from a corner, every corner within 3% of the side
 * (CornerFinderTest); on the real photo back_03.jpg every side shape then matches the annotation.
 *
 * <p>Outlines are in sheet pixels (x right, y down) in OpenCV's order for external contours: counter-clockwise
 * on screen, so the corners come in the order top-left, bottom-left, bottom-right, top-right along the
 * outline, and the left side runs from top-left to bottom-left. "Left" is the side facing left once the piece
 * is turned back by its rotation, taken in (-45, 45] degrees: a piece photographed near 45 degrees may have its
 * sides named one quarter turn apart from what a person would say. Thread-safe: it keeps no state.
 */
public final class CornerFinder {

    static final int SAMPLES = 1024;
    private static final int TANGENT_HALF_WINDOW = 6;
    static final int SIDE_ANGLE_RANGE_DEG = 20;
    private static final double VOTE_TOLERANCE = Math.toRadians(6);
    private static final double FIT_TOLERANCE = Math.toRadians(10);
    /** How far from the meeting point of its side lines a corner may move, as a fraction of the piece's side. */
    private static final double SNAP_RADIUS = 0.15;
    /** Side directions along the outline in its counter-clockwise order, before rotation: +y, +x, -y, -x. */
    private static final double[] SIDE_DIRECTIONS = {Math.PI / 2, 0, -Math.PI / 2, Math.PI};

    private CornerFinder() {
    }

    /**
     * As {@link #findCorners(int[], int[])}, for an outline held as interleaved {@code x0, y0, x1, y1, ...}, as
     * {@link PieceDetector#detect} returns it.
     */
    public static CornerIndices findCorners(int[] xy) {
        return findCorners(Outlines.xsOf(xy), Outlines.ysOf(xy));
    }

    /**
     * The indices into the outline of its top-left, bottom-left, bottom-right and top-right corners; they
     * follow one another along the outline in that order.
     *
     * @throws IllegalArgumentException if the arrays differ in length or hold fewer than 4 points
     */
    public static CornerIndices findCorners(int[] xs, int[] ys) {
        if (xs.length != ys.length || xs.length < 4) {
            throw new IllegalArgumentException("outline of " + xs.length + " x and " + ys.length
                    + " y values: expected equal counts of at least 4 points");
        }
        ArcSamples samples = ArcSamples.of(xs, ys, SAMPLES, TANGENT_HALF_WINDOW);
        double rotation = samples.dominantRotation();
        SideLine[] sides = new SideLine[4];
        for (int side = 0; side < 4; side++) {
            sides[side] = SideHough.strongestLine(samples, SIDE_DIRECTIONS[side] + rotation,
                    Math.toRadians(SIDE_ANGLE_RANGE_DEG), VOTE_TOLERANCE, FIT_TOLERANCE);
        }
        int[] corners = snappedIntersections(xs, ys, sides);
        int[] rough = corners != null && inContourOrder(corners) ? corners : diagonalExtremes(xs, ys, rotation);
        int[] refined = CornerRefiner.refine(xs, ys, rough);
        return CornerIndices.of(inContourOrder(refined) ? refined : rough);
    }

    private static int[] snappedIntersections(int[] xs, int[] ys, SideLine[] sides) {
        double[][] points = new double[4][];
        for (int corner = 0; corner < 4; corner++) {
            // Corner c sits between side c-1 (ending there) and side c (starting there): TL = top and left.
            SideLine before = sides[Math.floorMod(corner - 1, 4)];
            SideLine after = sides[corner];
            points[corner] = before == null || after == null ? null : before.intersect(after);
            if (points[corner] == null) {
                return null;
            }
        }
        double size = 0;
        for (int corner = 0; corner < 4; corner++) {
            double[] next = points[(corner + 1) % 4];
            size += Math.hypot(next[0] - points[corner][0], next[1] - points[corner][1]) / 4;
        }
        int[] corners = new int[4];
        for (int corner = 0; corner < 4; corner++) {
            SideLine before = sides[Math.floorMod(corner - 1, 4)];
            SideLine after = sides[corner];
            double outX = -before.dy() - after.dy();
            double outY = before.dx() + after.dx();
            double norm = Math.hypot(outX, outY);
            corners[corner] = protrudingPoint(xs, ys, points[corner], outX / norm, outY / norm,
                    SNAP_RADIUS * size);
        }
        return corners;
    }

    /**
     * The outline point near {@code at} that sticks out furthest along the corner's outward diagonal
     * {@code (outX, outY)}, less half its distance from {@code at}: where a side bends near its corner the
     * lines meet inside the piece, and the real tip lies outwards; the distance term keeps a tab further along
     * a side from winning. Falls back to the nearest point when none lies within {@code radius}.
     */
    static int protrudingPoint(int[] xs, int[] ys, double[] at, double outX, double outY, double radius) {
        int best = nearestPoint(xs, ys, at[0], at[1]);
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xs.length; i++) {
            double ex = xs[i] - at[0];
            double ey = ys[i] - at[1];
            double distance = Math.hypot(ex, ey);
            if (distance <= radius) {
                double score = ex * outX + ey * outY - 0.5 * distance;
                if (score > bestScore) {
                    bestScore = score;
                    best = i;
                }
            }
        }
        return best;
    }

    private static int nearestPoint(int[] xs, int[] ys, double x, double y) {
        int nearest = 0;
        double best = Double.MAX_VALUE;
        for (int i = 0; i < xs.length; i++) {
            double d = (xs[i] - x) * (xs[i] - x) + (ys[i] - y) * (ys[i] - y);
            if (d < best) {
                best = d;
                nearest = i;
            }
        }
        return nearest;
    }

    /** Whether the four corner indices are distinct and follow one another once around the outline. */
    public static boolean inContourOrder(int[] corners) {
        int descents = 0;
        for (int k = 0; k < 4; k++) {
            int next = corners[(k + 1) % 4];
            if (next == corners[k]) {
                return false;
            }
            if (next < corners[k]) {
                descents++;
            }
        }
        return descents == 1;
    }

    /** Fallback: the outline points extreme along the diagonals of the frame rotated by {@code rotation}. */
    private static int[] diagonalExtremes(int[] xs, int[] ys, double rotation) {
        double cos = Math.cos(rotation);
        double sin = Math.sin(rotation);
        int[] corners = new int[4];
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        for (int i = 0; i < xs.length; i++) {
            double u = xs[i] * cos + ys[i] * sin;
            double v = -xs[i] * sin + ys[i] * cos;
            double[] scores = {u + v, u - v, -u - v, -u + v};
            for (int corner = 0; corner < 4; corner++) {
                if (scores[corner] < best[corner]) {
                    best[corner] = scores[corner];
                    corners[corner] = i;
                }
            }
        }
        return corners;
    }
}
