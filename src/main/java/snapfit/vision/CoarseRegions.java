package snapfit.vision;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Where on a sheet photo the pieces lie, found on a copy shrunk {@value #SCALE}x per side: the rectangles, in
 * sheet pixels (x right, y down), that full-resolution detection then works in. The rectangles only need to
 * hold the pieces, not to follow them, so the copy is shrunk by bilinear interpolation, each pixel the mean of
 * the middle 2 x 2 pixels of its {@value #SCALE} x {@value #SCALE} block (a tenth of the cost of averaging the
 * whole block), leaving 1/16 of the pixels to threshold and trace.
 *
 * <p>Steps: shrink; threshold at the detection threshold; dilate once with a 3x3 square, joining the fragments
 * of a piece whose face is near the threshold; take the bounding box of every external contour whose box,
 * scaled back, exceeds a quarter of {@code minArea} (smaller blobs cannot hold a piece: a piece's box shrinks
 * by at most a few pixels per side); widen each box by {@code margin} px, clip it to the photo, and merge
 * rectangles that overlap into their bounding rectangle until none do. Marks thinner than about 3 px can fall
 * between the pixels the copy keeps and get no rectangle; pieces are hundreds of pixels across.
 * Thread-safe: it keeps no state.
 */
final class CoarseRegions {

    static final int SCALE = 4;

    private CoarseRegions() {
    }

    /** Disjoint rectangles of the {@code gray} photo, each holding one piece or several close ones. */
    static List<Rect> of(Mat gray, PieceDetectionConfig config, int margin) {
        Mat small = new Mat();
        Mat square = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(3, 3));
        Mat hierarchy = new Mat();
        List<MatOfPoint> contours = new ArrayList<>();
        try {
            Size shrunk = new Size(Math.max(1, gray.cols() / SCALE), Math.max(1, gray.rows() / SCALE));
            Imgproc.resize(gray, small, shrunk, 0, 0, Imgproc.INTER_LINEAR);
            Imgproc.threshold(small, small, config.threshold(), 255, Imgproc.THRESH_BINARY_INV);
            Imgproc.dilate(small, small, square, new Point(-1, -1), 1);
            Imgproc.findContours(small, contours, hierarchy, Imgproc.RETR_EXTERNAL, Imgproc.CHAIN_APPROX_SIMPLE);
            double scaleX = (double) gray.cols() / small.cols();
            double scaleY = (double) gray.rows() / small.rows();
            List<Rect> regions = new ArrayList<>();
            for (MatOfPoint contour : contours) {
                Rect box = Imgproc.boundingRect(contour);
                int x0 = (int) Math.floor(box.x * scaleX) - margin;
                int y0 = (int) Math.floor(box.y * scaleY) - margin;
                int x1 = (int) Math.ceil((box.x + box.width) * scaleX) + margin;
                int y1 = (int) Math.ceil((box.y + box.height) * scaleY) + margin;
                if (box.width * scaleX * box.height * scaleY > config.minArea() / 4.0) {
                    regions.add(clipped(x0, y0, x1, y1, gray.cols(), gray.rows()));
                }
            }
            return merged(regions);
        } finally {
            contours.forEach(Mat::release);
            hierarchy.release();
            square.release();
            small.release();
        }
    }

    /** The rectangles with every overlapping pair replaced by its bounding rectangle, until none overlap. */
    static List<Rect> merged(List<Rect> rectangles) {
        List<Rect> merged = new ArrayList<>(rectangles);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < merged.size() && !changed; i++) {
                for (int j = i + 1; j < merged.size() && !changed; j++) {
                    if (overlap(merged.get(i), merged.get(j))) {
                        merged.set(i, union(merged.get(i), merged.get(j)));
                        merged.remove(j);
                        changed = true;
                    }
                }
            }
        }
        return merged;
    }

    private static boolean overlap(Rect a, Rect b) {
        return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    }

    private static Rect union(Rect a, Rect b) {
        int x = Math.min(a.x, b.x);
        int y = Math.min(a.y, b.y);
        return new Rect(x, y, Math.max(a.x + a.width, b.x + b.width) - x, Math.max(a.y + a.height, b.y + b.height) - y);
    }

    private static Rect clipped(int x0, int y0, int x1, int y1, int width, int height) {
        int left = Math.max(0, x0);
        int top = Math.max(0, y0);
        return new Rect(left, top, Math.min(width, x1) - left, Math.min(height, y1) - top);
    }
}
