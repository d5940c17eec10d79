package snapfit.vision;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfFloat;
import org.opencv.core.MatOfInt;
import org.opencv.core.MatOfPoint;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;
import snapfit.model.BoardLayout;
import snapfit.model.PixelBox;

/**
 * The gray image the piece detector reads on a board photo: 255 (background) outside the board's slot area, and
 * inside it either the photo's gray (a white board, dark pieces) or, on a green or blue board, a colour mask.
 *
 * <p>The background's colour is the median of each channel over the slot area, which pieces cover less than half
 * of. When one channel leads the others by more than {@value #COLOURED_LEAD} levels the board is coloured, and
 * each pixel's gray becomes its lead of that channel over the larger of the other two, scaled so that the
 * background's lead is 255 and clipped: a pale piece, which a gray threshold mistakes for white paper, leads by
 * nothing; shadows keep their share of the lead and stay light. The detector's threshold then cuts at about half
 * the background's lead. Inside that cut the pieces take their photo gray again, scaled so that their median is
 * {@value #FACE_GRAY} (and kept at or below the threshold): the cut edge and shadow along a piece are darker
 * than its face whatever its colour, and {@link CutEdgeBand} tells them from the face by that contrast, as on
 * paper, where faces are near gray 110. Slot lines and labels are tints of the background and pass as it.
 */
final class BoardBackgroundMask {

    static final int COLOURED_LEAD = 40;
    /** The gray a piece's face gets on a coloured board: that of the muted pieces on paper. */
    static final int FACE_GRAY = 105;

    private BoardBackgroundMask() {
    }

    /** The piece detector's gray for {@code bgr}; the caller releases it. */
    static Mat pieceGray(Mat bgr, double[] homography, int threshold) {
        Mat slotArea = slotAreaMask(bgr, homography);
        try {
            Scalar median = medianColour(bgr, slotArea);
            int lead = leadingChannel(median);
            Mat gray = new Mat();
            if (lead < 0) {
                Imgproc.cvtColor(bgr, gray, Imgproc.COLOR_BGR2GRAY);
            } else {
                double backgroundLead = median.val[lead] - Math.max(median.val[(lead + 1) % 3], median.val[(lead + 2) % 3]);
                colourLead(bgr, lead, backgroundLead, gray);
                withFacesInGray(bgr, gray, slotArea, threshold);
            }
            Mat outside = new Mat();
            Core.bitwise_not(slotArea, outside);
            gray.setTo(new Scalar(255), outside);
            outside.release();
            return gray;
        } finally {
            slotArea.release();
        }
    }

    /** The slot area drawn through the inverse homography: 255 inside, 0 outside. */
    private static Mat slotAreaMask(Mat bgr, double[] homography) {
        Mat toPhoto = new Mat(3, 3, CvType.CV_64F);
        toPhoto.put(0, 0, homography);
        Mat inverse = toPhoto.inv();
        double[] h = new double[9];
        inverse.get(0, 0, h);
        toPhoto.release();
        inverse.release();
        PixelBox slots = BoardLayout.SLOTS;
        double[][] corners = {{slots.x(), slots.y()}, {slots.x() + slots.width(), slots.y()},
                {slots.x() + slots.width(), slots.y() + slots.height()}, {slots.x(), slots.y() + slots.height()}};
        List<Point> polygon = new ArrayList<>();
        for (double[] corner : corners) {
            double w = h[6] * corner[0] + h[7] * corner[1] + h[8];
            polygon.add(new Point((h[0] * corner[0] + h[1] * corner[1] + h[2]) / w,
                    (h[3] * corner[0] + h[4] * corner[1] + h[5]) / w));
        }
        Mat mask = Mat.zeros(bgr.rows(), bgr.cols(), CvType.CV_8UC1);
        MatOfPoint outline = new MatOfPoint(polygon.toArray(Point[]::new));
        Imgproc.fillConvexPoly(mask, outline, new Scalar(255));
        outline.release();
        return mask;
    }

    /** Per-channel medians (B, G, R) over the mask. */
    private static Scalar medianColour(Mat bgr, Mat mask) {
        List<Mat> channels = new ArrayList<>();
        Core.split(bgr, channels);
        try {
            return new Scalar(median(channels.get(0), mask), median(channels.get(1), mask), median(channels.get(2), mask));
        } finally {
            channels.forEach(Mat::release);
        }
    }

    /** The median level of an 8-bit image over the mask, from its histogram; 0 for an empty mask. */
    private static int median(Mat channel, Mat mask) {
        Mat histogram = new Mat();
        Imgproc.calcHist(List.of(channel), new MatOfInt(0), mask, histogram, new MatOfInt(256), new MatOfFloat(0, 256));
        float[] counts = new float[256];
        histogram.get(0, 0, counts);
        histogram.release();
        double total = 0;
        for (float count : counts) {
            total += count;
        }
        double seen = 0;
        int level = 0;
        while (level < 255 && (seen += counts[level]) < total / 2) {
            level++;
        }
        return level;
    }

    /** Pixels of the slot area at or below the threshold get their photo gray, scaled to {@value #FACE_GRAY}. */
    private static void withFacesInGray(Mat bgr, Mat gray, Mat slotArea, int threshold) {
        Mat pieces = new Mat();
        Mat photoGray = new Mat();
        try {
            Imgproc.threshold(gray, pieces, threshold, 255, Imgproc.THRESH_BINARY_INV);
            Core.bitwise_and(pieces, slotArea, pieces);
            Imgproc.cvtColor(bgr, photoGray, Imgproc.COLOR_BGR2GRAY);
            int faceMedian = median(photoGray, pieces);
            photoGray.convertTo(photoGray, CvType.CV_8U, (double) FACE_GRAY / Math.max(1, faceMedian));
            Core.min(photoGray, new Scalar(threshold), photoGray);
            photoGray.copyTo(gray, pieces);
        } finally {
            pieces.release();
            photoGray.release();
        }
    }

    /** The channel (0 blue, 1 green, 2 red) that leads the others by {@value #COLOURED_LEAD}, or -1 for a white board. */
    private static int leadingChannel(Scalar median) {
        for (int c = 0; c < 3; c++) {
            if (median.val[c] - Math.max(median.val[(c + 1) % 3], median.val[(c + 2) % 3]) > COLOURED_LEAD) {
                return c;
            }
        }
        return -1;
    }

    private static void colourLead(Mat bgr, int lead, double backgroundLead, Mat gray) {
        List<Mat> channels = new ArrayList<>();
        Core.split(bgr, channels);
        Mat others = new Mat();
        try {
            Core.max(channels.get((lead + 1) % 3), channels.get((lead + 2) % 3), others);
            // 8-bit subtraction saturates: a pixel that does not lead at all is 0.
            Core.subtract(channels.get(lead), others, gray);
            gray.convertTo(gray, CvType.CV_8U, 255 / backgroundLead);
        } finally {
            others.release();
            channels.forEach(Mat::release);
        }
    }
}
