package snapfit.puzzle;

import java.util.Arrays;
import java.util.Objects;
import snapfit.model.SegmentId;
import snapfit.model.SegmentShape;

/**
 * One side of a piece: the contour between two corners, resampled to {@link #SAMPLES} points spaced
 * evenly by arc length, from its start corner to its end corner in contour order. Coordinates are
 * sheet pixels (x right, y down). Immutable.
 */
public final class Segment {

    /** Points per resampled segment: about 8 px apart on a 500 px piece side. */
    public static final int SAMPLES = 64;

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
     */
    public static Segment fromContour(SegmentId id, SegmentShape shape, Contour contour, int startIndex, int endIndex) {
        int n = contour.size();
        checkIndex(id, startIndex, n);
        checkIndex(id, endIndex, n);
        int count = Math.floorMod(endIndex - startIndex, n) + 1;
        double[] cumulative = new double[count];
        for (int k = 1; k < count; k++) {
            int previous = (startIndex + k - 1) % n;
            int current = (startIndex + k) % n;
            cumulative[k] = cumulative[k - 1]
                    + Math.hypot(contour.x(current) - contour.x(previous), contour.y(current) - contour.y(previous));
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
            int a = (startIndex + k) % n;
            int b = (startIndex + Math.min(k + 1, count - 1)) % n;
            double span = k + 1 < count ? cumulative[k + 1] - cumulative[k] : 0;
            double t = span > 0 ? Math.min(1, Math.max(0, (target - cumulative[k]) / span)) : 0;
            xs[s] = (float) (contour.x(a) + t * (contour.x(b) - contour.x(a)));
            ys[s] = (float) (contour.y(a) + t * (contour.y(b) - contour.y(a)));
        }
        return new Segment(id, shape, xs, ys, (float) total);
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
