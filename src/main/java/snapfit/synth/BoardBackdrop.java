package snapfit.synth;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import snapfit.vision.BoardImage;

/**
 * What lies under a board photo's pieces: the board, drawn by {@link BoardImage} at the laid-out scale, seen through
 * the photo-to-board homography (bilinear sampling), and a wooden table around it. Stateless and thread-safe.
 */
final class BoardBackdrop {

    /** The table around the board, BGR. */
    private static final int[] TABLE = {70, 95, 120};

    private BoardBackdrop() {
    }

    /** BGR bytes, row-major, of a {@code width x height} photo of the board. */
    static byte[] paint(BoardPlacement board, int width, int height) {
        BufferedImage image = BoardImage.render(board.set(), board.index(), board.pixelsPerUnit());
        byte[] source = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int sourceWidth = image.getWidth();
        int sourceHeight = image.getHeight();
        double[] h = board.homography();
        double scale = board.pixelsPerUnit();
        byte[] bgr = new byte[3 * width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double w = h[6] * x + h[7] * y + h[8];
                double u = (h[0] * x + h[1] * y + h[2]) / w * scale - 0.5;
                double v = (h[3] * x + h[4] * y + h[5]) / w * scale - 0.5;
                int i = 3 * (y * width + x);
                if (u < 0 || v < 0 || u >= sourceWidth - 1 || v >= sourceHeight - 1) {
                    for (int c = 0; c < 3; c++) {
                        bgr[i + c] = (byte) TABLE[c];
                    }
                    continue;
                }
                int u0 = (int) u;
                int v0 = (int) v;
                double fu = u - u0;
                double fv = v - v0;
                int j = 3 * (v0 * sourceWidth + u0);
                int below = 3 * sourceWidth;
                for (int c = 0; c < 3; c++) {
                    double top = (source[j + c] & 0xFF) * (1 - fu) + (source[j + 3 + c] & 0xFF) * fu;
                    double bottom = (source[j + below + c] & 0xFF) * (1 - fu) + (source[j + below + 3 + c] & 0xFF) * fu;
                    bgr[i + c] = (byte) (int) Math.round(top * (1 - fv) + bottom * fv);
                }
            }
        }
        return bgr;
    }
}
