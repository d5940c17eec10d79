package snapfit.model;

/**
 * The fixed-point grid every computed similarity lies on: multiples of 2<sup>-16</sup> in
 * [0, {@link #MAX}]. Scores on this grid survive any store exactly, including one that keeps a
 * similarity as a 32-bit integer ({@link #toFixedPoint}), which is what keeps a match row small.
 */
public final class Similarity {

    /** The resolution of a stored similarity. */
    public static final double STEP = 1.0 / 65536;

    /** The largest similarity; worse scores are clamped to it (about 32768, far beyond any real fit). */
    public static final float MAX = (float) (Integer.MAX_VALUE * STEP);

    private Similarity() {
    }

    /** {@code score} clamped to [0, MAX] and rounded to the grid; NaN is refused. */
    public static float quantize(double score) {
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException("similarity is NaN: the scorer produced no number");
        }
        return fromFixedPoint(toFixedPoint(score));
    }

    /** The similarity as a count of grid steps; exact for every value {@link #quantize} returns. */
    public static int toFixedPoint(double similarity) {
        double clamped = Math.min(Math.max(similarity, 0), MAX);
        return (int) Math.min(Integer.MAX_VALUE, Math.round(clamped / STEP));
    }

    public static float fromFixedPoint(int steps) {
        return (float) (steps * STEP);
    }
}
