package snapfit.analysis;

import snapfit.puzzle.Segment;

/**
 * Two segments in the common frame of {@link PairAlignment}, {@link Segment#SAMPLES} points each, in
 * pixels: A's chord runs from (0, 0) to ({@link #chordLength()}, 0) and B is reversed onto it.
 * Immutable.
 */
public final class AlignedPair {

    private final float[] ax;
    private final float[] ay;
    private final float[] bx;
    private final float[] by;
    private final float chordLength;

    AlignedPair(float[] ax, float[] ay, float[] bx, float[] by, float chordLength) {
        this.ax = ax;
        this.ay = ay;
        this.bx = bx;
        this.by = by;
        this.chordLength = chordLength;
    }

    /** The number of points in each polyline. */
    public int size() {
        return ax.length;
    }

    /** x of A's point {@code i}. */
    public float ax(int i) {
        return ax[i];
    }

    /** y of A's point {@code i}. */
    public float ay(int i) {
        return ay[i];
    }

    /** x of reversed B's point {@code i}: B's sample {@code SAMPLES - 1 - i}. */
    public float bx(int i) {
        return bx[i];
    }

    /** y of reversed B's point {@code i}. */
    public float by(int i) {
        return by[i];
    }

    /** The length L of A's chord, in pixels. */
    public float chordLength() {
        return chordLength;
    }

    /** The mean distance between corresponding points of A and reversed B, in pixels: 0 for a perfect fit. */
    public double meanGap() {
        double sum = 0;
        for (int i = 0; i < ax.length; i++) {
            sum += Math.hypot(ax[i] - bx[i], ay[i] - by[i]);
        }
        return sum / ax.length;
    }
}
