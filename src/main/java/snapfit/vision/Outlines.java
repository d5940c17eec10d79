package snapfit.vision;

import snapfit.model.PixelBox;

/** An outline held as interleaved {@code x0, y0, x1, y1, ...} pixel coordinates: its box, its coordinates split. */
final class Outlines {

    private Outlines() {
    }

    /** The smallest box holding every point, as OpenCV's {@code boundingRect} gives it (inclusive, so +1). */
    static PixelBox boundingBox(int[] xy) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = Integer.MIN_VALUE;
        int maxY = Integer.MIN_VALUE;
        for (int i = 0; i < xy.length; i += 2) {
            minX = Math.min(minX, xy[i]);
            maxX = Math.max(maxX, xy[i]);
            minY = Math.min(minY, xy[i + 1]);
            maxY = Math.max(maxY, xy[i + 1]);
        }
        return new PixelBox(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    /** Twice the area the closed outline encloses: positive when it runs counter-clockwise on screen (y down). */
    static double signedArea(int[] xy) {
        double sum = 0;
        int n = xy.length / 2;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            sum += (double) xy[2 * i] * xy[2 * j + 1] - (double) xy[2 * j] * xy[2 * i + 1];
        }
        return sum;
    }

    /** The x coordinates of the outline's points, in order. */
    static int[] xsOf(int[] xy) {
        int[] xs = new int[xy.length / 2];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = xy[2 * i];
        }
        return xs;
    }

    /** The y coordinates of the outline's points, in order. */
    static int[] ysOf(int[] xy) {
        int[] ys = new int[xy.length / 2];
        for (int i = 0; i < ys.length; i++) {
            ys[i] = xy[2 * i + 1];
        }
        return ys;
    }
}
