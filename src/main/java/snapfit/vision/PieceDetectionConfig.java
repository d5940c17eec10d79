package snapfit.vision;

/**
 * The knobs of piece detection on a sheet photo, in the order they are applied.
 *
 * @param blurKernel         side of the square Gaussian blur kernel, in pixels; odd, at least 1 (1 = no blur)
 * @param threshold          grayscale level (0-255): pixels at or below it are piece, lighter ones paper
 * @param erosionIterations  3x3 erosions of the piece mask, which remove dust and fibres (0 = none)
 * @param dilationIterations 3x3 dilations of the piece mask after the erosions, which restore its outline (0 = none)
 * @param minArea            smallest bounding-box area, in square pixels, of an outline kept as a piece;
 *                           outlines at or below it are dust, shadows or text
 */
public record PieceDetectionConfig(
        int blurKernel, int threshold, int erosionIterations, int dilationIterations, int minArea) {

    public static final int DEFAULT_BLUR_KERNEL = 5;
    public static final int DEFAULT_THRESHOLD = 130;
    public static final int DEFAULT_EROSION_ITERATIONS = 1;
    public static final int DEFAULT_DILATION_ITERATIONS = 1;
    public static final int DEFAULT_MIN_AREA = 80_000;

    public PieceDetectionConfig {
        if (blurKernel < 1 || blurKernel % 2 == 0) {
            throw new IllegalArgumentException(
                    "blur kernel " + blurKernel + " px: expected an odd size of at least 1, e.g. 5");
        }
        if (threshold < 0 || threshold > 255) {
            throw new IllegalArgumentException(
                    "threshold " + threshold + ": expected a grayscale level 0-255, e.g. 130 (--threshold)");
        }
        if (erosionIterations < 0 || dilationIterations < 0) {
            throw new IllegalArgumentException("erosion/dilation iterations " + erosionIterations + "/"
                    + dilationIterations + ": expected 0 or more");
        }
        if (minArea < 0) {
            throw new IllegalArgumentException(
                    "min area " + minArea + " px²: expected 0 or more, e.g. 80000 (--min-area)");
        }
    }

    /** Blur 5 px, threshold 130, one erosion and one dilation, min area 80000 px²: tuned on 12 MP phone photos. */
    public static PieceDetectionConfig defaults() {
        return new PieceDetectionConfig(DEFAULT_BLUR_KERNEL, DEFAULT_THRESHOLD,
                DEFAULT_EROSION_ITERATIONS, DEFAULT_DILATION_ITERATIONS, DEFAULT_MIN_AREA);
    }

    /** This config with another threshold (the CLI's {@code --threshold}). */
    public PieceDetectionConfig withThreshold(int newThreshold) {
        return new PieceDetectionConfig(blurKernel, newThreshold, erosionIterations, dilationIterations, minArea);
    }

    /** This config with another minimum bounding-box area (the CLI's {@code --min-area}). */
    public PieceDetectionConfig withMinArea(int newMinArea) {
        return new PieceDetectionConfig(blurKernel, threshold, erosionIterations, dilationIterations, newMinArea);
    }
}
