package snapfit.analysis;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * How a sheet photo is shrunk for display, and where sheet pixels land on it. A sheet coordinate
 * {@code i} names the centre of pixel {@code i} (as OpenCV's contours do), which sits at continuous
 * position {@code (i + 0.5) * factor} in the display image.
 *
 * @param factor display pixels per sheet pixel, in (0, 1]
 */
public record DisplayScale(double factor) {

    public DisplayScale {
        if (!(factor > 0 && factor <= 1)) {
            throw new IllegalArgumentException("display scale " + factor + " is outside (0, 1]: images are only shrunk");
        }
    }

    /** The scale that shrinks an image {@code imageWidth} pixels wide to at most {@code maxWidth}. */
    public static DisplayScale fitWidth(int imageWidth, int maxWidth) {
        if (imageWidth < 1 || maxWidth < 1) {
            throw new IllegalArgumentException("image width " + imageWidth + " and max width " + maxWidth
                    + " must both be at least 1 pixel");
        }
        return new DisplayScale(Math.min(1.0, (double) maxWidth / imageWidth));
    }

    /** The continuous display position of sheet coordinate {@code sheet} (x or y alike). */
    public double toDisplay(double sheet) {
        return (sheet + 0.5) * factor;
    }

    /** The display pixel holding the centre of sheet pixel {@code sheetPixel}. */
    public int displayPixel(int sheetPixel) {
        return (int) Math.floor(toDisplay(sheetPixel));
    }

    /** A display length (width, height) for a sheet length, at least 1. */
    public int displayLength(int sheetLength) {
        return Math.max(1, (int) Math.round(sheetLength * factor));
    }

    /**
     * A new RGB copy of {@code image} at this scale. Shrinks by repeated halving with bilinear
     * filtering, so a 12 MP photo keeps its detail instead of aliasing in one big step.
     */
    public BufferedImage scale(BufferedImage image) {
        int targetWidth = displayLength(image.getWidth());
        int targetHeight = displayLength(image.getHeight());
        BufferedImage current = image;
        int width = image.getWidth();
        int height = image.getHeight();
        do {
            width = Math.max(targetWidth, width / 2);
            height = Math.max(targetHeight, height / 2);
            current = resized(current, width, height);
        } while (width != targetWidth || height != targetHeight);
        return current;
    }

    private static BufferedImage resized(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }
}
