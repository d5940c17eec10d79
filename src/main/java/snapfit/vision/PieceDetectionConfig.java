package snapfit.vision;

/**
 * The knobs of piece detection on a sheet photo, in the order they are applied.
 *
 * @param blurKernel         side of the square Gaussian blur kernel, in pixels; odd, at least 1 (1 = no blur)
 * @param threshold          grayscale level (0-255): pixels at or below it are piece, lighter ones paper
 * @param closingKernel      diameter of the disc the piece mask is closed with, in pixels; odd, 1 = no closing.
 *                           Fills cracks that light fibres of a piece's face cut into its outline
 * @param erosionIterations  3x3 erosions of the piece mask, which remove dust and fibres (0 = none)
 * @param dilationIterations 3x3 dilations of the piece mask after the erosions, which restore its outline (0 = none)
 * @param minArea            smallest bounding-box area, in square pixels, of an outline kept as a piece;
 *                           outlines at or below it are dust, shadows or text
 * @param maxBandPx          widest dark band (cut edge and shadow) along one side of the pieces that is looked for
 *                           and removed, in pixels ({@link CutEdgeBand}); 0 keeps the thresholded silhouette
 */
public record PieceDetectionConfig(
        int blurKernel, int threshold, int closingKernel, int erosionIterations, int dilationIterations, int minArea, int maxBandPx) {

    public static final int DEFAULT_BLUR_KERNEL = 5;
    public static final int DEFAULT_THRESHOLD = 130;
    public static final int DEFAULT_CLOSING_KERNEL = 7;
    public static final int DEFAULT_EROSION_ITERATIONS = 1;
    public static final int DEFAULT_DILATION_ITERATIONS = 1;
    public static final int DEFAULT_MIN_AREA = 80_000;
    public static final int DEFAULT_MAX_BAND_PX = 25;

    public PieceDetectionConfig {
        if (blurKernel < 1 || blurKernel % 2 == 0) {
            throw new IllegalArgumentException(
                    "blur kernel " + blurKernel + " px: expected an odd size of at least 1, e.g. 5");
        }
        if (threshold < 0 || threshold > 255) {
            throw new IllegalArgumentException(
                    "threshold " + threshold + ": expected a grayscale level 0-255, e.g. 130 (--threshold)");
        }
        if (closingKernel < 1 || closingKernel % 2 == 0) {
            throw new IllegalArgumentException(
                    "closing kernel " + closingKernel + " px: expected an odd size of at least 1, e.g. 7 (1 = none)");
        }
        if (erosionIterations < 0 || dilationIterations < 0) {
            throw new IllegalArgumentException("erosion/dilation iterations " + erosionIterations + "/"
                    + dilationIterations + ": expected 0 or more");
        }
        if (minArea < 0) {
            throw new IllegalArgumentException(
                    "min area " + minArea + " px²: expected 0 or more, e.g. 80000 (--min-area)");
        }
        if (maxBandPx < 0) {
            throw new IllegalArgumentException("max band " + maxBandPx + " px: expected 0 (keep the band) or more, e.g. 25");
        }
    }

    /**
     * Blur 5 px, threshold 130, closing 7 px, one erosion and one dilation, min area 80000 px², bands up to 25 px:
     * tuned on 12 MP phone photos.
     */
    public static PieceDetectionConfig defaults() {
        return new PieceDetectionConfig(DEFAULT_BLUR_KERNEL, DEFAULT_THRESHOLD, DEFAULT_CLOSING_KERNEL,
                DEFAULT_EROSION_ITERATIONS, DEFAULT_DILATION_ITERATIONS, DEFAULT_MIN_AREA, DEFAULT_MAX_BAND_PX);
    }

    /** This config with another threshold (the CLI's {@code --threshold}). */
    public PieceDetectionConfig withThreshold(int newThreshold) {
        return new PieceDetectionConfig(blurKernel, newThreshold, closingKernel, erosionIterations, dilationIterations, minArea,
                maxBandPx);
    }

    /** This config with another minimum bounding-box area (the CLI's {@code --min-area}). */
    public PieceDetectionConfig withMinArea(int newMinArea) {
        return new PieceDetectionConfig(blurKernel, threshold, closingKernel, erosionIterations, dilationIterations, newMinArea,
                maxBandPx);
    }
}
