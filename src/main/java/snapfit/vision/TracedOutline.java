package snapfit.vision;

import java.util.Arrays;

/**
 * One piece's outline as the detector found it, in sheet pixels (x right, y down).
 *
 * @param pixels the boundary pixels' centres in tracing order, interleaved {@code x0, y0, x1, y1, ...}: what the
 *               contour cache keeps and corner indices point into
 * @param edge   for each of those points, the piece's edge along its normal to a fraction of a pixel
 *               ({@link SubpixelEdge}), interleaved the same way
 */
public record TracedOutline(int[] pixels, float[] edge) {

    public TracedOutline {
        if (pixels.length % 2 != 0 || edge.length != pixels.length) {
            throw new IllegalArgumentException("outline of " + pixels.length + " pixel and " + edge.length
                    + " edge coordinates: expected an even number of each, as many edge as pixel coordinates");
        }
    }

    /** Equal when both arrays hold the same values. */
    @Override
    public boolean equals(Object other) {
        return other instanceof TracedOutline outline && Arrays.equals(pixels, outline.pixels)
                && Arrays.equals(edge, outline.edge);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(pixels) + Arrays.hashCode(edge);
    }

    @Override
    public String toString() {
        return "TracedOutline[" + pixels.length / 2 + " points, " + Outlines.boundingBox(pixels) + "]";
    }
}
