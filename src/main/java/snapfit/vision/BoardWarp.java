package snapfit.vision;

import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import snapfit.model.PixelBox;

/**
 * Warps part of a photo into the board frame: the box {@code region} of board units drawn at
 * {@code pixelsPerUnit}, through the photo-to-board homography. Used for the QR code and for the rectified view.
 */
final class BoardWarp {

    private BoardWarp() {
    }

    /** The region of {@code photo} (any type) in the board frame; the caller releases it. */
    static Mat warp(Mat photo, double[] homography, PixelBox region, double pixelsPerUnit) {
        // Board units to output pixels: scale, then move the region's corner to the origin.
        double[] toOutput = {
                pixelsPerUnit, 0, -region.x() * pixelsPerUnit,
                0, pixelsPerUnit, -region.y() * pixelsPerUnit,
                0, 0, 1};
        Mat transform = new Mat(3, 3, CvType.CV_64F);
        transform.put(0, 0, multiply(toOutput, homography));
        Mat out = new Mat();
        try {
            Imgproc.warpPerspective(photo, out, transform, new Size(Math.round(region.width() * pixelsPerUnit),
                    Math.round(region.height() * pixelsPerUnit)), Imgproc.INTER_LINEAR);
            return out;
        } finally {
            transform.release();
        }
    }

    private static double[] multiply(double[] a, double[] b) {
        double[] product = new double[9];
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 3; col++) {
                for (int k = 0; k < 3; k++) {
                    product[3 * row + col] += a[3 * row + k] * b[3 * k + col];
                }
            }
        }
        return product;
    }
}
