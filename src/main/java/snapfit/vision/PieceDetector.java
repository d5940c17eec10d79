package snapfit.vision;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import snapfit.model.PixelBox;

/**
 * Finds the outlines of the pieces on a sheet photo: dark pieces on light paper.
 *
 * <p>Steps:
 * <ol>
 *   <li>decode to 8-bit gray and Gaussian blur (blurring the gray image instead of the colour one gives the same
 *       mask, both steps being linear, at a third of the cost);</li>
 *   <li>threshold: a pixel at or below {@code threshold} is piece;</li>
 *   <li>close with a disc ({@code closingKernel}), filling cracks that light fibres cut into the outline, then
 *       erode and dilate with a 3x3 square, removing dust;</li>
 *   <li>external contours with every boundary pixel ({@code RETR_EXTERNAL}, {@code CHAIN_APPROX_NONE}, Suzuki
 *       &amp; Abe 1985), kept when their bounding box is larger than {@code minArea};</li>
 *   <li>the cut edge and shadow: estimate the dark band along one side of every piece ({@link CutEdgeBand}),
 *       erode the mask by the segment it spans (a line structuring element anchored at its start, which undoes
 *       the sweep that added the band) and trace the contours again. The silhouette then follows the piece's
 *       face on every side, so two partners' outlines coincide; with the band kept, sides facing the band bulge
 *       by its width (3-15 px) and true partners no longer rank first.</li>
 * </ol>
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
        Mat blurred = new Mat();
        Mat mask = new Mat();
        try {
            if (config.blurKernel() > 1) {
                Imgproc.GaussianBlur(gray, blurred, new Size(config.blurKernel(), config.blurKernel()), 0);
            } else {
                gray.copyTo(blurred);
            }
            Imgproc.threshold(blurred, mask, config.threshold(), 255, Imgproc.THRESH_BINARY_INV);
            close(mask, config.closingKernel());
            open(mask, config);
            List<int[]> outlines = outlines(mask, config.minArea());
            if (config.maxBandPx() == 0 || outlines.isEmpty()) {
                return OutlineOrder.readingOrder(outlines);
            }
            byte[] pixels = new byte[(int) blurred.total()];
            blurred.get(0, 0, pixels);
            double[] band = CutEdgeBand.estimate(pixels, blurred.cols(), blurred.rows(), outlines, config.threshold(),
                    config.maxBandPx());
            int dx = (int) Math.round(band[0]);
            int dy = (int) Math.round(band[1]);
            if (dx == 0 && dy == 0) {
                return OutlineOrder.readingOrder(outlines);
            }
            return OutlineOrder.readingOrder(withoutBand(mask, outlines, dx, dy, config.minArea()));
        } finally {
            blurred.release();
            mask.release();
        }
    }

    /** The external outlines of the mask whose bounding box exceeds {@code minArea}. */
    private static List<int[]> outlines(Mat mask, int minArea) {
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

    /**
     * Each piece's outline traced again after the band is eroded away, working only in the piece's bounding
     * box widened by the band's length: the same outlines as eroding and tracing the whole photo (erosion only
     * removes pixels, and everything it looks at lies inside the widened box), at a quarter of the pixels.
     */
    private static List<int[]> withoutBand(Mat mask, List<int[]> outlines, int dx, int dy, int minArea) {
        int margin = Math.abs(dx) + Math.abs(dy) + 2;
        Rect whole = new Rect(0, 0, mask.cols(), mask.rows());
        List<int[]> traced = new ArrayList<>(outlines.size());
        for (int[] outline : outlines) {
            PixelBox box = Outlines.boundingBox(outline);
            Rect region = intersection(new Rect(box.x() - margin, box.y() - margin,
                    box.width() + 2 * margin, box.height() + 2 * margin), whole);
            Mat piece = mask.submat(region).clone();
            try {
                erodeAlong(piece, dx, dy);
                largest(outlines(piece, minArea)).ifPresent(xy -> traced.add(shifted(xy, region.x, region.y)));
            } finally {
                piece.release();
            }
        }
        return traced;
    }

    private static Rect intersection(Rect a, Rect b) {
        int x = Math.max(a.x, b.x);
        int y = Math.max(a.y, b.y);
        return new Rect(x, y, Math.min(a.x + a.width, b.x + b.width) - x, Math.min(a.y + a.height, b.y + b.height) - y);
    }

    /** The outline with the most points: the piece itself, not a corner of a neighbour inside its box. */
    private static Optional<int[]> largest(List<int[]> outlines) {
        return outlines.stream().max(Comparator.comparingInt(xy -> xy.length));
    }

    private static int[] shifted(int[] xy, int dx, int dy) {
        int[] moved = xy.clone();
        for (int i = 0; i < moved.length; i += 2) {
            moved[i] += dx;
            moved[i + 1] += dy;
        }
        return moved;
    }

    /**
     * Erodes the mask by the segment from (0, 0) to (dx, dy): a pixel stays only if every pixel on the segment
     * from it stays, which undoes the sweep {@code F ⊕ [0, v]} of {@link CutEdgeBand} (a line structuring
     * element anchored at its start).
     */
    private static void erodeAlong(Mat mask, int dx, int dy) {
        Mat line = Mat.zeros(Math.abs(dy) + 1, Math.abs(dx) + 1, CvType.CV_8U);
        try {
            Point anchor = new Point(dx < 0 ? -dx : 0, dy < 0 ? -dy : 0);
            Imgproc.line(line, anchor, new Point(anchor.x + dx, anchor.y + dy), new Scalar(1), 1, Imgproc.LINE_8);
            Imgproc.erode(mask, mask, line, anchor, 1, Core.BORDER_CONSTANT, new Scalar(0));
        } finally {
            line.release();
        }
    }

    /**
     * A closing with a disc {@code kernel} px across: fills the cracks that light fibres of a piece's face, above
     * the threshold, cut into its outline (each would add its depth twice to the side's arc length).
     */
    private static void close(Mat mask, int kernel) {
        if (kernel <= 1) {
            return;
        }
        Mat disc = Imgproc.getStructuringElement(Imgproc.MORPH_ELLIPSE, new Size(kernel, kernel));
        try {
            Imgproc.morphologyEx(mask, mask, Imgproc.MORPH_CLOSE, disc);
        } finally {
            disc.release();
        }
    }

    /** Erosions then dilations with a 3x3 square: removes dust and fibres, then restores the outline. */
    private static void open(Mat mask, PieceDetectionConfig config) {
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
    }
}
