package snapfit.vision;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import snapfit.model.InputFileException;
import snapfit.model.PixelBox;

/**
 * Refuses a sheet photo whose outlines cannot each be one whole piece, rather than storing a wrong piece:
 * <ul>
 *   <li>an outline that reaches the photo's border is a piece cut off by the frame (its flat cut would be
 *       taken for a border edge);</li>
 *   <li>with at least {@link #MIN_OUTLINES_TO_COMPARE} outlines, one enclosing more than
 *       {@link #MAX_AREA_TO_MEDIAN} times the median area is pieces touching each other, which merge into
 *       one outline. Single pieces of one puzzle differ far less (at most 1.25x the median on the real photo
 *       and on generated sheets).</li>
 * </ul>
 * Fewer outlines cannot be compared, so touching pieces on a sheet of one or two go undetected. On a marker board
 * photo the areas are compared in the board frame, since a tilted photo shows near pieces larger than far ones.
 * Outlines are in sheet pixels (x right, y down).
 */
final class OutlineChecks {

    static final int MIN_OUTLINES_TO_COMPARE = 3;
    static final double MAX_AREA_TO_MEDIAN = 1.6;

    private OutlineChecks() {
    }

    /** @throws InputFileException naming the photo, the outline's place and the fix */
    static void requireWholeSeparatePieces(Path image, List<TracedOutline> traced, int width, int height) {
        requireWholeSeparatePieces(image, traced, width, height, new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
    }

    /** As above, comparing areas after the homography {@code toPlane} (row by row) maps the outlines. */
    static void requireWholeSeparatePieces(Path image, List<TracedOutline> traced, int width, int height,
            double[] toPlane) {
        List<int[]> outlines = traced.stream().map(TracedOutline::pixels).toList();
        for (int[] outline : outlines) {
            PixelBox box = Outlines.boundingBox(outline);
            if (box.x() <= 0 || box.y() <= 0 || box.x() + box.width() >= width || box.y() + box.height() >= height) {
                throw new InputFileException(image, "a piece at " + describe(box) + " touches the photo's border,"
                        + " so its outline is cut off; re-take the photo with paper showing all around every piece");
            }
        }
        if (outlines.size() < MIN_OUTLINES_TO_COMPARE) {
            return;
        }
        double[] areas = outlines.stream().mapToDouble(outline -> area(outline, toPlane)).toArray();
        double median = Arrays.stream(areas).sorted().toArray()[areas.length / 2];
        for (int k = 0; k < areas.length; k++) {
            if (areas[k] > MAX_AREA_TO_MEDIAN * median) {
                throw new InputFileException(image, "the outline at " + describe(Outlines.boundingBox(outlines.get(k)))
                        + " covers " + String.format("%.1f", areas[k] / median) + " times the median piece area,"
                        + " so pieces probably touch; move them apart and re-take the photo");
            }
        }
    }

    /** Shoelace formula: the area enclosed by the closed outline mapped by homography {@code h}. */
    private static double area(int[] outline, double[] h) {
        int points = outline.length / 2;
        double[] xs = new double[points];
        double[] ys = new double[points];
        for (int i = 0; i < points; i++) {
            double x = outline[2 * i];
            double y = outline[2 * i + 1];
            double w = h[6] * x + h[7] * y + h[8];
            xs[i] = (h[0] * x + h[1] * y + h[2]) / w;
            ys[i] = (h[3] * x + h[4] * y + h[5]) / w;
        }
        double twiceArea = 0;
        for (int i = 0; i < points; i++) {
            int j = (i + 1) % points;
            twiceArea += xs[i] * ys[j] - xs[j] * ys[i];
        }
        return Math.abs(twiceArea) / 2;
    }

    private static String describe(PixelBox box) {
        return "x=" + box.x() + ", y=" + box.y() + " (" + box.width() + " x " + box.height() + " px)";
    }
}
