package snapfit.vision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts piece outlines in reading order, so that piece indices are stable for a given photo: rows top to
 * bottom, each row left to right, by bounding-box centre. Outlines are taken in order of centre y; one whose
 * centre lies below the bottom of the first box of the current row starts a new row. Ties fall back to
 * centre x then centre y, so the order never depends on OpenCV's tracing order.
 */
final class OutlineOrder {

    private OutlineOrder() {
    }

    private record Boxed(int[] xy, double centerX, double centerY, double bottom) {
    }

    /** The outlines (interleaved {@code x, y}) in reading order; a new list. */
    static List<int[]> readingOrder(List<int[]> outlines) {
        List<Boxed> byY = new ArrayList<>();
        for (int[] xy : outlines) {
            byY.add(boxed(xy));
        }
        byY.sort(Comparator.comparingDouble(Boxed::centerY).thenComparingDouble(Boxed::centerX));
        List<int[]> ordered = new ArrayList<>(outlines.size());
        List<Boxed> row = new ArrayList<>();
        for (Boxed outline : byY) {
            if (!row.isEmpty() && outline.centerY() > row.get(0).bottom()) {
                flush(row, ordered);
            }
            row.add(outline);
        }
        flush(row, ordered);
        return ordered;
    }

    private static void flush(List<Boxed> row, List<int[]> ordered) {
        row.sort(Comparator.comparingDouble(Boxed::centerX).thenComparingDouble(Boxed::centerY));
        row.forEach(outline -> ordered.add(outline.xy()));
        row.clear();
    }

    private static Boxed boxed(int[] xy) {
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
        return new Boxed(xy, (minX + maxX + 1) / 2.0, (minY + maxY + 1) / 2.0, maxY + 1);
    }
}
