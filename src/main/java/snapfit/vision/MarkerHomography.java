package snapfit.vision;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opencv.calib3d.Calib3d;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.opencv.objdetect.ArucoDetector;
import org.opencv.objdetect.DetectorParameters;
import org.opencv.objdetect.Objdetect;
import snapfit.model.BoardLayout;
import snapfit.model.PixelPoint;

/**
 * The homography from a photo's pixels to board units, from the board's rim markers.
 *
 * <p>Steps: shrink the gray photo so that its longer side is at most {@value #DETECTION_SIDE_PX} px (a rim marker
 * stays 100+ px wide, and detection on a 12 MP photo costs several times more); detect {@code DICT_6X6_250}
 * markers (Garrido-Jurado et al. 2014) with sub-pixel corners; keep those of the board's ring; fit the homography
 * to their corners by RANSAC with a {@value #RANSAC_UNITS} unit threshold, so that a wrongly read marker does not
 * bend it. At least {@value #MIN_MARKERS} of the 20 ring markers must be seen: a hand or glare may hide a few.
 */
final class MarkerHomography {

    static final int MIN_MARKERS = 4;
    private static final int DETECTION_SIDE_PX = 2400;
    private static final double RANSAC_UNITS = 3;

    private MarkerHomography() {
    }

    /** The fit: the 3 x 3 homography row by row, last element 1, and how many ring markers it rests on. */
    record Fit(double[] homography, int markers) {
    }

    /** The board's homography in {@code gray}, or empty when fewer than {@value #MIN_MARKERS} ring markers show. */
    static Optional<Fit> find(Mat gray) {
        double shrink = Math.min(1, (double) DETECTION_SIDE_PX / Math.max(gray.cols(), gray.rows()));
        Mat small = new Mat();
        Mat ids = new Mat();
        List<Mat> corners = new ArrayList<>();
        try {
            Imgproc.resize(gray, small, new Size(), shrink, shrink, Imgproc.INTER_AREA);
            DetectorParameters parameters = new DetectorParameters();
            parameters.set_cornerRefinementMethod(Objdetect.CORNER_REFINE_SUBPIX);
            new ArucoDetector(BoardImage.DICTIONARY, parameters).detectMarkers(small, corners, ids);
            return fit(corners, ids, shrink);
        } finally {
            small.release();
            ids.release();
            corners.forEach(Mat::release);
        }
    }

    private static Optional<Fit> fit(List<Mat> corners, Mat ids, double shrink) {
        Set<Integer> ring = Set.copyOf(BoardLayout.markerIds());
        List<Point> photo = new ArrayList<>();
        List<Point> board = new ArrayList<>();
        int markers = 0;
        for (int m = 0; m < corners.size(); m++) {
            int id = (int) ids.get(m, 0)[0];
            if (!ring.contains(id)) {
                continue;
            }
            markers++;
            float[] xy = new float[8];
            corners.get(m).get(0, 0, xy);
            PixelPoint topLeft = BoardLayout.markerTopLeft(id);
            int side = BoardLayout.MARKER_LENGTH;
            // ArUco gives a marker's corners clockwise from its top-left.
            int[][] offsets = {{0, 0}, {side, 0}, {side, side}, {0, side}};
            for (int c = 0; c < 4; c++) {
                photo.add(new Point(xy[2 * c] / shrink, xy[2 * c + 1] / shrink));
                board.add(new Point(topLeft.x() + offsets[c][0], topLeft.y() + offsets[c][1]));
            }
        }
        if (markers < MIN_MARKERS) {
            return Optional.empty();
        }
        MatOfPoint2f from = new MatOfPoint2f(photo.toArray(Point[]::new));
        MatOfPoint2f to = new MatOfPoint2f(board.toArray(Point[]::new));
        Mat homography = Calib3d.findHomography(from, to, Calib3d.RANSAC, RANSAC_UNITS);
        try {
            if (homography.empty()) {
                return Optional.empty();
            }
            double[] h = new double[9];
            homography.get(0, 0, h);
            for (int i = 0; i < 9; i++) {
                h[i] /= h[8];
            }
            return Optional.of(new Fit(h, markers));
        } finally {
            from.release();
            to.release();
            homography.release();
        }
    }
}
