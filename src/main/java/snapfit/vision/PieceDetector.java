package snapfit.vision;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Finds the outlines of the pieces on a sheet photo: dark pieces on light paper.
 *
 * <p>Steps: decode to 8-bit gray; Gaussian blur; threshold (a pixel at or below {@code threshold} is piece);
 * erode then dilate the piece mask with a 3x3 square; external contours with every boundary pixel
 * ({@code RETR_EXTERNAL}, {@code CHAIN_APPROX_NONE}, Suzuki &amp; Abe 1985); keep those whose bounding box
 * is larger than {@code minArea}. Blurring the gray image instead of the colour one gives the same mask (both
 * steps are linear) at a third of the cost.
 *
 * <p>Outlines are in sheet pixels (x right, y down), in OpenCV's tracing order for external contours: starting
 * at the topmost (then leftmost) pixel and running counter-clockwise as seen on screen, down the left side
 * first. They are returned in {@link OutlineOrder reading order}. All native memory is released before
 * returning. Thread-safe: it keeps no state.
 */
public final class PieceDetector {

    private PieceDetector() {
    }

    /**
     * The piece outlines of the photo at {@code image}, each as interleaved {@code x0, y0, x1, y1, ...}.
     *
     * @throws snapfit.model.InputFileException for a missing, empty or unreadable image, or one where a piece
     *                                            touches the border or pieces touch each other
     */
    public static List<int[]> detect(Path image, PieceDetectionConfig config) {
        Mat gray = GrayImageReader.read(image);
        try {
            List<int[]> outlines = detect(gray, config);
            OutlineChecks.requireWholeSeparatePieces(image, outlines, gray.cols(), gray.rows());
            return outlines;
        } finally {
            gray.release();
        }
    }

    private static List<int[]> detect(Mat gray, PieceDetectionConfig config) {
        Mat mask = pieceMask(gray, config);
        Mat hierarchy = new Mat();
        List<MatOfPoint> contours = new ArrayList<>();
        try {
            Imgproc.findContours(mask, contours, hierarchy, Imgproc.RETR_EXTERNAL, Imgproc.CHAIN_APPROX_NONE);
            List<int[]> outlines = new ArrayList<>();
            for (MatOfPoint contour : contours) {
                Rect box = Imgproc.boundingRect(contour);
                if ((long) box.width * box.height > config.minArea()) {
                    int[] xy = new int[2 * (int) contour.total()];
                    contour.get(0, 0, xy);
                    outlines.add(xy);
                }
            }
            return OutlineOrder.readingOrder(outlines);
        } finally {
            contours.forEach(Mat::release);
            hierarchy.release();
            mask.release();
        }
    }

    private static Mat pieceMask(Mat gray, PieceDetectionConfig config) {
        Mat mask = new Mat();
        if (config.blurKernel() > 1) {
            Imgproc.GaussianBlur(gray, mask, new Size(config.blurKernel(), config.blurKernel()), 0);
            Imgproc.threshold(mask, mask, config.threshold(), 255, Imgproc.THRESH_BINARY_INV);
        } else {
            Imgproc.threshold(gray, mask, config.threshold(), 255, Imgproc.THRESH_BINARY_INV);
        }
        Mat square = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(3, 3));
        try {
            Point anchor = new Point(-1, -1);
            if (config.erosionIterations() > 0) {
                Imgproc.erode(mask, mask, square, anchor, config.erosionIterations());
            }
            if (config.dilationIterations() > 0) {
                Imgproc.dilate(mask, mask, square, anchor, config.dilationIterations());
            }
        } finally {
            square.release();
        }
        return mask;
    }
}
