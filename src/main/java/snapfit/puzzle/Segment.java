package snapfit.puzzle;

import java.util.Arrays;
import java.util.Objects;
import snapfit.model.SegmentId;
import snapfit.model.SegmentShape;
import snapfit.model.SheetCalibration;

/**
 * One side of a piece: the contour between two corners, resampled to {@link #SAMPLES} points spaced
 * evenly by arc length, from its start corner to its end corner in contour order. Coordinates are
 * sheet pixels (x right, y down). Immutable.
 */
public final class Segment {

    /** Points per resampled segment: about 8 px apart on a 500 px piece side. */
    public static final int SAMPLES = 64;

    /** Pixel-centre points averaged on each side of a point before measuring arc length. */
    private static final int SMOOTHING_RADIUS = 2;
    /**
     * Sub-pixel edge points averaged on each side of a point: samples lie about 9 px apart, so a window of 13 points
     * still follows a knob (its curve's radius is 20-40 px) and averages away more of the photo's noise. On 30x50 seed
     * 21 (low variety) inner top-1 with radius 2, 4, 6 and 10: 82.7%, 83.8%, 84.9% and 85.0% (measured with an earlier
     * edge finder, the slope's peak).
     */
    private static final int EDGE_SMOOTHING_RADIUS = 6;
    /**
     * How far a traced outline lies inside the silhouette's edge, in px: OpenCV traces the centres of the boundary
     * pixels, half a pixel in from the edge between piece and background pixels. Partners' outlines are both
     * inset, on opposite sides of their shared cut, so unmoved they never coincide around a knob. Measured on
     * 30x50 seed 21, low variety, inner top-1 with the side moved out 0, 0.5, 0.75 and 1 px: 40.3%, 51.0%, 52.9%,
     * 51.9% (true pairs' median residual 1.70, 1.61, 1.70, 1.86 px); on its flat-colour render 88.1% at 0 and
     * 94.5% at 0.5 px.
     */
    static final double PIXEL_CENTRE_INSET = 0.5;

    private final SegmentId id;
    private final SegmentShape shape;
    private final float[] xs;
    private final float[] ys;
    private final float arcLength;

    private Segment(SegmentId id, SegmentShape shape, float[] xs, float[] ys, float arcLength) {
        this.id = Objects.requireNonNull(id, "id");
        this.shape = Objects.requireNonNull(shape, "shape");
        this.xs = xs;
        this.ys = ys;
        this.arcLength = arcLength;
    }

    /**
     * The segment of {@code contour} from point {@code startIndex} to point {@code endIndex}
     * (inclusive, wrapping past the end of the contour), resampled by arc length.
     *
     * <p>Arc length is measured on the contour filled in to at most one pixel between points and then
     * smoothed by a moving average of {@code 2 * SMOOTHING_RADIUS + 1} points (narrowing towards the
     * ends, so the segment still starts and ends exactly at its corners): the raw 8-connected pixel
     * chain overstates the length of a slanted side by up to 8% (a 22.5 degree side), the smoothed one
     * by under 0.5%, so a side resamples the same way whatever its rotation in the photo and however
     * sparse its straight runs are. The smoothed outline is then moved out by {@link #PIXEL_CENTRE_INSET} onto the
     * silhouette's edge. A contour that carries its sub-pixel edge ({@link Contour#hasEdge()}) is walked along that
     * edge instead, smoothed over {@value #EDGE_SMOOTHING_RADIUS} points either side and not moved.
     */
    public static Segment fromContour(SegmentId id, SegmentShape shape, Contour contour, int startIndex, int endIndex) {
        int n = contour.size();
        checkIndex(id, startIndex, n);
        checkIndex(id, endIndex, n);
        int count = Math.floorMod(endIndex - startIndex, n) + 1;
        DensePath dense = new DensePath(count);
        boolean edge = contour.hasEdge();
        for (int k = 0; k < count; k++) {
            int i = (startIndex + k) % n;
            if (edge) {
                dense.lineTo(contour.edgeX(i), contour.edgeY(i));
            } else {
                dense.lineTo(contour.x(i), contour.y(i));
            }
        }
        if (edge) {
            return resampled(id, shape, dense.smoothed(EDGE_SMOOTHING_RADIUS));
        }
        // Outward is to the left of the walk on screen for a counter-clockwise outline, as OpenCV traces one.
        double outward = signedArea(contour) >= 0 ? PIXEL_CENTRE_INSET : -PIXEL_CENTRE_INSET;
        return resampled(id, shape, DensePath.offset(dense.smoothed(SMOOTHING_RADIUS), outward, SMOOTHING_RADIUS));
    }

    /**
     * A segment already resampled, as {@link #fromContour} built it and a store kept it: {@link #SAMPLES} points
     * from the start corner to the end corner, and the arc length of the smoothed outline.
     *
     * @throws IllegalArgumentException for another number of samples, a non-finite sample or a negative length
     */
    public static Segment ofSamples(SegmentId id, SegmentShape shape, float[] xs, float[] ys, float arcLength) {
        if (xs.length != SAMPLES || ys.length != SAMPLES) {
            throw new IllegalArgumentException("segment " + id + " has " + xs.length + " x and " + ys.length
                    + " y samples: expected " + SAMPLES + " of each");
        }
        for (int s = 0; s < SAMPLES; s++) {
            if (!Float.isFinite(xs[s]) || !Float.isFinite(ys[s])) {
                throw new IllegalArgumentException("segment " + id + ": sample " + s + " is not finite");
            }
        }
        if (!(arcLength >= 0) || Float.isInfinite(arcLength)) {
            throw new IllegalArgumentException("segment " + id + ": arc length " + arcLength + " must be finite and >= 0");
        }
        return new Segment(id, shape, xs.clone(), ys.clone(), arcLength);
    }

    /**
     * This segment brought to the puzzle's common scale by its sheet's calibration: every sample mapped, then
     * resampled evenly along the mapped polyline, since a strong perspective (a tilted board photo) spaces the
     * mapped samples unevenly and partners would then be compared point against shifted point; the arc length
     * scaled.
     */
    public Segment calibrated(SheetCalibration calibration) {
        if (calibration.equals(SheetCalibration.IDENTITY)) {
            return this;
        }
        double[][] path = new double[2][SAMPLES];
        for (int s = 0; s < SAMPLES; s++) {
            path[0][s] = calibration.toPuzzleX(xs[s], ys[s]);
            path[1][s] = calibration.toPuzzleY(xs[s], ys[s]);
        }
        Segment even = resampled(id, shape, path);
        return new Segment(id, shape, even.xs, even.ys, (float) (arcLength * calibration.scale()));
    }

    private static Segment resampled(SegmentId id, SegmentShape shape, double[][] path) {
        double[] px = path[0];
        double[] py = path[1];
        int count = px.length;
        double[] cumulative = new double[count];
        for (int k = 1; k < count; k++) {
            double dx = px[k] - px[k - 1];
            double dy = py[k] - py[k - 1];
            cumulative[k] = cumulative[k - 1] + Math.sqrt(dx * dx + dy * dy);
        }
        double total = cumulative[count - 1];
        float[] xs = new float[SAMPLES];
        float[] ys = new float[SAMPLES];
        int k = 0;
        for (int s = 0; s < SAMPLES; s++) {
            double target = total * s / (SAMPLES - 1);
            while (k < count - 2 && cumulative[k + 1] < target) {
                k++;
            }
            int next = Math.min(k + 1, count - 1);
            double span = cumulative[next] - cumulative[k];
            double t = span > 0 ? Math.min(1, Math.max(0, (target - cumulative[k]) / span)) : 0;
            xs[s] = (float) (px[k] + t * (px[next] - px[k]));
            ys[s] = (float) (py[k] + t * (py[next] - py[k]));
        }
        return new Segment(id, shape, xs, ys, (float) total);
    }

    /** Twice the area the outline encloses: positive when it runs counter-clockwise on screen (y down). */
    private static double signedArea(Contour contour) {
        double sum = 0;
        int n = contour.size();
        for (int i = 0, j = n - 1; i < n; j = i++) {
            sum += (double) contour.x(i) * contour.y(j) - (double) contour.x(j) * contour.y(i);
        }
        return sum;
    }

    private static void checkIndex(SegmentId id, int index, int size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException(
                    "segment " + id + ": corner index " + index + " is outside its contour of " + size + " points");
        }
    }

    public SegmentId id() {
        return id;
    }

    public SegmentShape shape() {
        return shape;
    }

    /** Length along the contour, in pixels. */
    public float arcLength() {
        return arcLength;
    }

    /** Straight-line distance between the two corners, in pixels. */
    public float chordLength() {
        return (float) Math.hypot(xs[SAMPLES - 1] - xs[0], ys[SAMPLES - 1] - ys[0]);
    }

    public float x(int sample) {
        return xs[sample];
    }

    public float y(int sample) {
        return ys[sample];
    }

    /** Equal when id, shape, samples and arc length are all equal: a segment rebuilt from the same outline. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Segment segment && id.equals(segment.id) && shape == segment.shape
                && Arrays.equals(xs, segment.xs) && Arrays.equals(ys, segment.ys)
                && Float.compare(arcLength, segment.arcLength) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, shape, Arrays.hashCode(xs), Arrays.hashCode(ys), arcLength);
    }

    @Override
    public String toString() {
        return "Segment[" + id + ", " + shape.value() + ", " + Math.round(arcLength) + " px]";
    }
}
