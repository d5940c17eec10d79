package snapfit.vision;

import snapfit.model.PixelBox;

/** Measures of an outline held as interleaved {@code x0, y0, x1, y1, ...} pixel coordinates. */
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
}
