package snapfit.synth;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.List;

/**
 * Paints filled outlines into an anti-aliased coverage mask: one byte per pixel, 0 outside to 255 inside. Outlines are
 * in sheet pixels, where pixel {@code (x, y)} is the point {@code (x, y)} (OpenCV's convention and the truth's); Java2D
 * puts that pixel's centre at {@code (x + 0.5, y + 0.5)}, so paths are moved by half a pixel. Without it every rendered
 * edge lay half a pixel up and left of the truth (on one sheet of 30x50 seed 21 the found edge lay 0.5-0.7 px outside
 * the true one on sides facing up and left, and 0.4-0.55 px inside on sides facing down and right).
 */
final class CoverageMask {

    /** Where Java2D puts a pixel's centre, from the pixel's corner. */
    private static final double PIXEL_CENTRE = 0.5;

    private CoverageMask() {
    }

    /** The mask of {@code outlines}, each moved by ({@code dx}, {@code dy}), row-major, {@code width} per row. */
    static byte[] paint(List<PieceOutline> outlines, int width, int height, double dx, double dy) {
        BufferedImage mask = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = mask.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            graphics.setColor(Color.WHITE);
            for (PieceOutline outline : outlines) {
                graphics.fill(path(outline, dx, dy));
            }
        } finally {
            graphics.dispose();
        }
        return ((DataBufferByte) mask.getRaster().getDataBuffer()).getData();
    }

    private static Path2D path(PieceOutline outline, double dx, double dy) {
        dx += PIXEL_CENTRE;
        dy += PIXEL_CENTRE;
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, outline.size() + 1);
        path.moveTo(outline.x(0) + dx, outline.y(0) + dy);
        for (int i = 1; i < outline.size(); i++) {
            path.lineTo(outline.x(i) + dx, outline.y(i) + dy);
        }
        path.closePath();
        return path;
    }
}
