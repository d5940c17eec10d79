package snapfit.vision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import snapfit.model.PixelBox;

/**
 * Puts piece outlines in reading order, so that piece indices are stable for a given photo: rows top to
 * bottom, each row left to right, by bounding-box centre. Outlines are taken in order of centre y; one joins
 * the current row when at least half its box height overlaps the row's vertical span (the union of its boxes so
 * far), else it starts a new row. Pieces of one row differ in height by their tabs, but rows on a sheet are
 * separated by a gap, so this splits rows where a person sees them. Ties fall back to centre x then centre y, so
 * the order never depends on OpenCV's tracing order.
 */
final class OutlineOrder {

    private OutlineOrder() {
    }

    private record Boxed<T>(T item, double centerX, double centerY, double top, double bottom) {
    }

    /** The items in reading order of their outlines (interleaved {@code x, y}); a new list. */
    static <T> List<T> readingOrder(List<T> items, Function<T, int[]> outlineOf) {
        List<Boxed<T>> byY = new ArrayList<>();
        for (T item : items) {
            byY.add(boxed(item, outlineOf.apply(item)));
        }
        byY.sort(Comparator.<Boxed<T>>comparingDouble(Boxed::centerY).thenComparingDouble(Boxed::centerX));
        List<T> ordered = new ArrayList<>(items.size());
        List<Boxed<T>> row = new ArrayList<>();
        double rowTop = 0;
        double rowBottom = 0;
        for (Boxed<T> outline : byY) {
            double overlap = Math.min(rowBottom, outline.bottom()) - Math.max(rowTop, outline.top());
            if (!row.isEmpty() && overlap < (outline.bottom() - outline.top()) / 2) {
                flush(row, ordered);
            }
            rowTop = row.isEmpty() ? outline.top() : Math.min(rowTop, outline.top());
            rowBottom = row.isEmpty() ? outline.bottom() : Math.max(rowBottom, outline.bottom());
            row.add(outline);
        }
        flush(row, ordered);
        return ordered;
    }

    private static <T> void flush(List<Boxed<T>> row, List<T> ordered) {
        row.sort(Comparator.<Boxed<T>>comparingDouble(Boxed::centerX).thenComparingDouble(Boxed::centerY));
        row.forEach(outline -> ordered.add(outline.item()));
        row.clear();
    }

    private static <T> Boxed<T> boxed(T item, int[] xy) {
        PixelBox box = Outlines.boundingBox(xy);
        return new Boxed<>(item, box.centerX(), box.centerY(), box.y(), box.y() + box.height());
    }
}
