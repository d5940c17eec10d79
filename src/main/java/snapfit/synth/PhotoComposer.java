package snapfit.synth;

/**
 * Combines a sheet's layers into photo pixels, one row at a time. Brightness is
 * {@code light = 1 + slope . (p - centre) - vignette * |p - centre|^2 / halfDiagonal^2}; the paper
 * gets 1.2% blotches (90 px), ±3 levels of grain and the shadow; the band is flat under the light;
 * the face gets 14% fibres (4 px), 6% blotches (20 px) and ±10 levels of grain, which together with
 * the final blur give the gray standard deviation of about 7 the real photo's pieces show. Coverage masks blend
 * the layers, so edges stay anti-aliased. Not thread-safe: holds row buffers; use one per render.
 */
final class PhotoComposer {

    private final PhotoStyle style;
    private final int width;
    private final int height;
    private final long seed;
    private final NoiseField paperBlotches;
    private final NoiseField fibres;
    private final NoiseField faceBlotches;
    private final double[] paperRow;
    private final double[] fibreRow;
    private final double[] blotchRow;

    PhotoComposer(PhotoStyle style, long seed, int width, int height) {
        this.style = style;
        this.width = width;
        this.height = height;
        this.seed = seed;
        this.paperBlotches = new NoiseField(seed, 90);
        this.fibres = new NoiseField(seed + 1, 4);
        this.faceBlotches = new NoiseField(seed + 2, 20);
        this.paperRow = new double[width];
        this.fibreRow = new double[width];
        this.blotchRow = new double[width];
    }

    /**
     * Writes BGR bytes for every pixel from the three coverage masks (unsigned bytes, row-major), over the style's
     * paper or, when {@code backdrop} is not null, over its BGR pixels (a marker board).
     */
    void compose(byte[] faceMask, byte[] bandMask, byte[] shadowMask, byte[] backdrop, byte[] bgr) {
        Rgb paper = style.paper();
        Rgb band = PhotoStyle.BAND;
        Rgb face = style.face();
        double halfDiagonalSquared = (width * (double) width + height * (double) height) / 4;
        for (int y = 0; y < height; y++) {
            paperBlotches.row(y, paperRow);
            fibres.row(y, fibreRow);
            faceBlotches.row(y, blotchRow);
            long grainState = NoiseField.hash(seed, -1, y);
            double dy = y - height / 2.0;
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                double dx = x - width / 2.0;
                double light = 1 + style.lightSlopeX() * dx + style.lightSlopeY() * dy
                        - style.vignette() * (dx * dx + dy * dy) / halfDiagonalSquared;
                grainState = xorShift(grainState);
                double grain = ((grainState & 0xFFFF) + (grainState >>> 16 & 0xFFFF)) / 65535.0 - 1;
                double shade = light * (1 + 0.012 * paperRow[x]) * (1 - style.shadowDarkness() * (shadowMask[i] & 0xFF) / 255);
                double r = (backdrop == null ? paper.red() : backdrop[3 * i + 2] & 0xFF) * shade + 3 * grain;
                double g = (backdrop == null ? paper.green() : backdrop[3 * i + 1] & 0xFF) * shade + 3 * grain;
                double b = (backdrop == null ? paper.blue() : backdrop[3 * i] & 0xFF) * shade + 3 * grain;
                int bandCover = bandMask[i] & 0xFF;
                if (bandCover > 0) {
                    double alpha = bandCover / 255.0;
                    r += (band.red() * light - r) * alpha;
                    g += (band.green() * light - g) * alpha;
                    b += (band.blue() * light - b) * alpha;
                }
                int faceCover = faceMask[i] & 0xFF;
                if (faceCover > 0) {
                    double alpha = faceCover / 255.0;
                    double texture = light * (1 + 0.14 * fibreRow[x] + 0.06 * blotchRow[x]);
                    r += (face.red() * texture + 10 * grain - r) * alpha;
                    g += (face.green() * texture + 10 * grain - g) * alpha;
                    b += (face.blue() * texture + 10 * grain - b) * alpha;
                }
                bgr[3 * i] = toByte(b);
                bgr[3 * i + 1] = toByte(g);
                bgr[3 * i + 2] = toByte(r);
            }
        }
    }

    /** Marsaglia's xorshift64 (2003): a fast stream of grain per row, seeded by the row. */
    private static long xorShift(long state) {
        state ^= state << 13;
        state ^= state >>> 7;
        return state ^ state << 17;
    }

    private static byte toByte(double value) {
        int rounded = (int) (value + 0.5);
        return (byte) (rounded < 0 ? 0 : Math.min(rounded, 255));
    }
}
