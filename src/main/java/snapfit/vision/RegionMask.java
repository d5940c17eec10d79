package snapfit.vision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import snapfit.model.PixelBox;

/**
 * The piece mask of one rectangle of a sheet photo (blurred, thresholded, closed and opened as
 * {@link PieceDetector} lists), with a copy of its blurred gray levels for {@link CutEdgeBand} and a lighter-blurred
 * copy for {@link SubpixelEdge}.
 *
 * <p>Each filter reads its input from a few pixels around: the blur {@code blurKernel / 2}, the closing
 * twice the disc's radius, the opening one pixel per iteration. Inside the photo the rectangle's sides cut that
 * neighbourhood off, so the mask can differ from the whole photo's within {@link #reach} px of such a side (the
 * blur treats the rectangle as isolated, reflecting at its sides, so that OpenCV computes it exactly as for the
 * whole photo: on a sub-matrix it takes another, not bit-exact, path). Farther in, the mask is the whole
 * photo's, pixel for pixel; on the photo's own border it is the whole photo's too.
 *
 * <p>Rectangle and outlines are in sheet pixels (x right, y down). The mask and gray levels are kept in Java
 * arrays and the native images freed as soon as they are built, so a sheet's regions never hold native memory
 * at once. Not changed after it is built.
 */
final class RegionMask {

    /**
     * Side of the Gaussian kernel that smooths the gray levels the edge is found in: 3 px (sigma 0.8). The detection's
     * 5 px blur also merges a piece's edge with a narrow dark band beside it and pulls the edge toward the face. On
     * 30x50 puzzles of low variety, top-down, inner top-1 with the edge found in the 5 px blur against 3 px: seed 21
     * 90.0% against 91.2%, seed 24 90.8% against 92.0%; unblurred, seed 21 gave 90.7%.
     */
    static final int EDGE_BLUR_KERNEL = 3;

    private final Rect rect;
    private final int photoWidth;
    private final int photoHeight;
    private final GrayPatch blurred;
    private final GrayPatch edgeGray;
    private final byte[] mask;
    private final List<int[]> outlines;
    private final int reach;

    private RegionMask(Rect rect, int photoWidth, int photoHeight, GrayPatch blurred, GrayPatch edgeGray, byte[] mask,
            List<int[]> outlines, int reach) {
        this.rect = rect;
        this.photoWidth = photoWidth;
        this.photoHeight = photoHeight;
        this.blurred = blurred;
        this.edgeGray = edgeGray;
        this.mask = mask;
        this.outlines = outlines;
        this.reach = reach;
    }

    /**
     * Blurs, thresholds, closes and opens the {@code rect} of the {@code gray} photo, and traces the external
     * outlines whose bounding box exceeds {@code minArea}.
     */
    static RegionMask of(Mat gray, Rect rect, PieceDetectionConfig config) {
        Mat mask = new Mat();
        try {
            Mat region = gray.submat(rect);
            byte[] edgeLevels;
            byte[] levels;
            try {
                edgeLevels = blurredLevels(region, EDGE_BLUR_KERNEL, mask);
                levels = blurredLevels(region, config.blurKernel(), mask);
            } finally {
                region.release();
            }
            Imgproc.threshold(mask, mask, config.threshold(), 255, Imgproc.THRESH_BINARY_INV);
            close(mask, config.closingKernel());
            open(mask, config);
            byte[] pixels = new byte[rect.width * rect.height];
            mask.get(0, 0, pixels);
            List<int[]> outlines = new ArrayList<>();
            for (int[] xy : Contours.external(mask, config.minArea())) {
                outlines.add(shifted(xy, rect.x, rect.y));
            }
            return new RegionMask(rect, gray.cols(), gray.rows(), new GrayPatch(levels, rect.x, rect.y, rect.width,
                    rect.height), new GrayPatch(edgeLevels, rect.x, rect.y, rect.width, rect.height), pixels, outlines,
                    reach(config));
        } finally {
            mask.release();
        }
    }

    /** Blurs {@code region} with a {@code kernel}-px Gaussian (1 = none) into {@code into}, and returns a copy. */
    private static byte[] blurredLevels(Mat region, int kernel, Mat into) {
        if (kernel > 1) {
            Imgproc.GaussianBlur(region, into, new Size(kernel, kernel), 0, 0, Core.BORDER_DEFAULT | Core.BORDER_ISOLATED);
        } else {
            region.copyTo(into);
        }
        byte[] levels = new byte[(int) region.total()];
        into.get(0, 0, levels);
        return levels;
    }

    /** How far in from a side inside the photo the mask may differ from the whole photo's, in pixels. */
    static int reach(PieceDetectionConfig config) {
        return config.blurKernel() / 2 + 2 * (config.closingKernel() / 2) + config.erosionIterations()
                + config.dilationIterations();
    }

    /** The blurred gray levels of the whole rectangle. */
    GrayPatch blurred() {
        return blurred;
    }

    /** The gray levels of the whole rectangle under the lighter blur of {@link #EDGE_BLUR_KERNEL}. */
    GrayPatch edgeGray() {
        return edgeGray;
    }

    /** The external outlines in the mask whose bounding box exceeds {@code minArea}, in sheet pixels. */
    List<int[]> outlines() {
        return outlines;
    }

    /** Whether {@code box} keeps at least {@code distance} px from every side of the rectangle inside the photo. */
    boolean holdsWithin(PixelBox box, int distance) {
        return (rect.x == 0 || box.x() - rect.x >= distance)
                && (rect.y == 0 || box.y() - rect.y >= distance)
                && (rect.x + rect.width == photoWidth || rect.x + rect.width - (box.x() + box.width()) >= distance)
                && (rect.y + rect.height == photoHeight || rect.y + rect.height - (box.y() + box.height()) >= distance);
    }

    /**
     * The outline traced again after the band {@code (dx, dy)} is eroded away, working only in its bounding box
     * widened by the band's length: the same outline as eroding and tracing the whole photo (erosion only removes
     * pixels, and everything it looks at lies inside the widened box), at a quarter of the pixels. Empty when
     * nothing larger than {@code minArea} is left.
     *
     * @throws IllegalStateException if the widened box reaches within {@link #reach} of a side inside the photo
     */
    Optional<int[]> withoutBand(int[] outline, int dx, int dy, int minArea) {
        int margin = Math.abs(dx) + Math.abs(dy) + 2;
        PixelBox box = Outlines.boundingBox(outline);
        if (!holdsWithin(box, margin + reach)) {
            throw new IllegalStateException("the outline at " + box + " widened by " + margin + " px leaves " + rect
                    + " less than " + reach + " px from its sides: the region margin is too small");
        }
        int x0 = Math.max(box.x() - margin, 0);
        int y0 = Math.max(box.y() - margin, 0);
        int x1 = Math.min(box.x() + box.width() + margin, photoWidth);
        int y1 = Math.min(box.y() + box.height() + margin, photoHeight);
        byte[] window = new byte[(x1 - x0) * (y1 - y0)];
        for (int y = y0; y < y1; y++) {
            System.arraycopy(mask, (y - rect.y) * rect.width + x0 - rect.x, window, (y - y0) * (x1 - x0), x1 - x0);
        }
        Mat piece = new Mat(y1 - y0, x1 - x0, CvType.CV_8U);
        try {
            piece.put(0, 0, window);
            erodeAlong(piece, dx, dy);
            return Contours.external(piece, minArea).stream().max(Comparator.comparingInt(xy -> xy.length))
                    .map(xy -> shifted(xy, x0, y0));
        } finally {
            piece.release();
        }
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
