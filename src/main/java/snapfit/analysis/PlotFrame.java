package snapfit.analysis;

/**
 * Maps the pixel frame of an {@link AlignedPair} into an image rectangle at one scale on both axes,
 * centred, with y kept pointing down as in the photo so nothing is mirrored.
 *
 * @param scale   image pixels per frame pixel
 * @param offsetX image x of frame x = 0
 * @param offsetY image y of frame y = 0
 * @param widthInPixels the frame width shown, in frame pixels
 */
record PlotFrame(double scale, double offsetX, double offsetY, double widthInPixels) {

    /** Share of the data extent added on each side, so lines do not touch the border. */
    private static final double PADDING = 0.08;

    /** The frame that fits every point of {@code pair} and A's chord into [left, right] x [top, bottom]. */
    static PlotFrame fitting(AlignedPair pair, int left, int top, int right, int bottom) {
        double minX = 0;
        double maxX = pair.chordLength();
        double minY = 0;
        double maxY = 0;
        for (int i = 0; i < pair.size(); i++) {
            minX = Math.min(minX, Math.min(pair.ax(i), pair.bx(i)));
            maxX = Math.max(maxX, Math.max(pair.ax(i), pair.bx(i)));
            minY = Math.min(minY, Math.min(pair.ay(i), pair.by(i)));
            maxY = Math.max(maxY, Math.max(pair.ay(i), pair.by(i)));
        }
        double spanX = Math.max(1, maxX - minX) * (1 + 2 * PADDING);
        double spanY = Math.max(1, maxY - minY) * (1 + 2 * PADDING);
        double scale = Math.min((right - left) / spanX, (bottom - top) / spanY);
        double offsetX = (left + right) / 2.0 - scale * (minX + maxX) / 2;
        double offsetY = (top + bottom) / 2.0 - scale * (minY + maxY) / 2;
        return new PlotFrame(scale, offsetX, offsetY, (right - left) / scale);
    }

    double x(double frameX) {
        return offsetX + scale * frameX;
    }

    double y(double frameY) {
        return offsetY + scale * frameY;
    }
}
