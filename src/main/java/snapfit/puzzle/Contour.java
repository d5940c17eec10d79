package snapfit.puzzle;

import java.util.Arrays;
import snapfit.model.PixelBox;

/**
 * A closed piece outline in sheet pixels (x right, y down), in the order OpenCV traces external
 * contours. Immutable: the arrays are copied in and never handed out.
 */
public final class Contour {

    private final int[] xs;
    private final int[] ys;

    public Contour(int[] xs, int[] ys) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException(
                    "contour has " + xs.length + " x values but " + ys.length + " y values");
        }
        if (xs.length < 4) {
            throw new IllegalArgumentException("contour has " + xs.length + " points: a piece needs at least 4");
        }
        this.xs = xs.clone();
        this.ys = ys.clone();
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
        return other instanceof Contour contour && Arrays.equals(xs, contour.xs) && Arrays.equals(ys, contour.ys);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(xs) + Arrays.hashCode(ys);
    }

    @Override
    public String toString() {
        return "Contour[" + xs.length + " points, " + boundingBox() + "]";
    }
}
