package snapfit.puzzle;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import snapfit.model.PixelBox;

/**
 * A closed piece outline in sheet pixels (x right, y down), in the order OpenCV traces external contours: the
 * boundary pixels' centres and, when the photo was at hand, for each of them the piece's edge to a fraction of a
 * pixel ({@code vision.SubpixelEdge}). Immutable: the arrays are copied in and never handed out.
 */
public final class Contour {

    private final int[] xs;
    private final int[] ys;
    private final float[] edge;

    /** An outline of pixel centres only, without its sub-pixel edge. */
    public Contour(int[] xs, int[] ys) {
        this(xs, ys, null);
    }

    private Contour(int[] xs, int[] ys, float[] edge) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException(
                    "contour has " + xs.length + " x values but " + ys.length + " y values");
        }
        if (xs.length < 4) {
            throw new IllegalArgumentException("contour has " + xs.length + " points: a piece needs at least 4");
        }
        if (edge != null && edge.length != 2 * xs.length) {
            throw new IllegalArgumentException("contour has " + xs.length + " points but " + edge.length
                    + " sub-pixel edge coordinates: expected two per point");
        }
        this.xs = xs.clone();
        this.ys = ys.clone();
        this.edge = edge == null ? null : edge.clone();
    }

    /**
     * The outline of interleaved pixel centres {@code xy} with its interleaved sub-pixel edge {@code edgeXy}, one
     * point per pixel centre, as the detector traced them and the contour cache keeps them.
     */
    public static Contour traced(int[] xy, float[] edgeXy) {
        Contour pixels = ofInterleaved(xy);
        return new Contour(pixels.xs, pixels.ys, Objects.requireNonNull(edgeXy, "edgeXy"));
    }

    /** A contour from interleaved {@code x0, y0, x1, y1, ...} values, the layout of the contour cache. */
    public static Contour ofInterleaved(int[] xy) {
        if (xy.length % 2 != 0) {
            throw new IllegalArgumentException("interleaved contour has an odd number of values: " + xy.length);
        }
        int[] xs = new int[xy.length / 2];
        int[] ys = new int[xy.length / 2];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = xy[2 * i];
            ys[i] = xy[2 * i + 1];
        }
        return new Contour(xs, ys);
    }

    public int size() {
        return xs.length;
    }

    public int x(int index) {
        return xs[index];
    }

    public int y(int index) {
        return ys[index];
    }

    /** Whether the outline carries its sub-pixel edge. */
    public boolean hasEdge() {
        return edge != null;
    }

    /** The sub-pixel edge's x at point {@code index}; only when {@link #hasEdge()}. */
    public float edgeX(int index) {
        return edge[2 * index];
    }

    /** The sub-pixel edge's y at point {@code index}; only when {@link #hasEdge()}. */
    public float edgeY(int index) {
        return edge[2 * index + 1];
    }

    /** The sub-pixel edge as {@code x0, y0, x1, y1, ...}, a fresh array, or empty when there is none. */
    public Optional<float[]> edgeToInterleaved() {
        return Optional.ofNullable(edge).map(float[]::clone);
    }

    /** The points as {@code x0, y0, x1, y1, ...}, a fresh array. */
    public int[] toInterleaved() {
        int[] xy = new int[2 * xs.length];
        for (int i = 0; i < xs.length; i++) {
            xy[2 * i] = xs[i];
            xy[2 * i + 1] = ys[i];
        }
        return xy;
    }

    /** The smallest axis-aligned box holding every point, as OpenCV's {@code boundingRect} gives it. */
    public PixelBox boundingBox() {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = Integer.MIN_VALUE;
        int maxY = Integer.MIN_VALUE;
        for (int i = 0; i < xs.length; i++) {
            minX = Math.min(minX, xs[i]);
            maxX = Math.max(maxX, xs[i]);
            minY = Math.min(minY, ys[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        return new PixelBox(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Contour contour && Arrays.equals(xs, contour.xs) && Arrays.equals(ys, contour.ys)
                && Arrays.equals(edge, contour.edge);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(xs) + Arrays.hashCode(ys)) + Arrays.hashCode(edge);
    }

    @Override
    public String toString() {
        return "Contour[" + xs.length + " points, " + boundingBox() + (edge == null ? "" : ", sub-pixel edge") + "]";
    }
}
