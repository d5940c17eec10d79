package snapfit.vision;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint;
import org.opencv.core.Rect;
import org.opencv.imgproc.Imgproc;

/** Traces the outlines of a binary mask into plain arrays, releasing OpenCV's copies. */
final class Contours {

    private Contours() {
    }

    /**
     * The external outlines of {@code mask} with every boundary pixel ({@code RETR_EXTERNAL},
     * {@code CHAIN_APPROX_NONE}, Suzuki &amp; Abe 1985) whose bounding box exceeds {@code minArea}, as interleaved
     * {@code x, y} in the mask's pixels, in OpenCV's order: by first (topmost, then leftmost) pixel, last first.
     */
    static List<int[]> external(Mat mask, int minArea) {
        Mat hierarchy = new Mat();
        List<MatOfPoint> contours = new ArrayList<>();
        try {
            Imgproc.findContours(mask, contours, hierarchy, Imgproc.RETR_EXTERNAL, Imgproc.CHAIN_APPROX_NONE);
            List<int[]> outlines = new ArrayList<>();
            for (MatOfPoint contour : contours) {
                Rect box = Imgproc.boundingRect(contour);
                if ((long) box.width * box.height > minArea) {
                    int[] xy = new int[2 * (int) contour.total()];
                    contour.get(0, 0, xy);
                    outlines.add(xy);
                }
            }
            return outlines;
        } finally {
            contours.forEach(Mat::release);
            hierarchy.release();
        }
    }
}
