package snapfit.vision;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import snapfit.model.CornerPos;
import snapfit.model.EdgePos;
import snapfit.model.SegmentShape;
import snapfit.model.SegmentShapes;

/**
 * A test drawing of one square jigsaw piece: dark (gray 90) on light paper (gray 200), side {@code side} px,
 * centred in the image, rotated clockwise on screen by {@code degrees}. Each side is straight ({@code edge}) or
 * carries a round knob, a tab ({@code out}) or a blank ({@code in}), centred at fraction {@code knobAt} of the
 * side from its start corner (in contour order). {@code bandPx} adds the dark band real photos show along the
 * bottom and right: the piece swept that far down and right, in a darker gray (40) under the face. {@code stripPx}
 * adds a strip that
 * thick along the middle 70% of the bottom side, outside it, which bulges a flat bottom away from its chord.
 */
public record DrawnPiece(SegmentShapes shapes, int side, double degrees, double knobAt, int bandPx, int stripPx) {

    public DrawnPiece(SegmentShapes shapes, int side, double degrees, double knobAt, int bandPx) {
        this(shapes, side, degrees, knobAt, bandPx, 0);
    }

    public static final int IMAGE_SIZE = 900;

    public DrawnPiece withDegrees(double newDegrees) {
        return new DrawnPiece(shapes, side, newDegrees, knobAt, bandPx, stripPx);
    }

    /** The piece outline as an AWT area in image pixels. */
    Area area() {
        double half = side / 2.0;
        Area piece = new Area(new Rectangle2D.Double(-half, -half, side, side));
        for (EdgePos edge : EdgePos.values()) {
            SegmentShape shape = shapes.get(edge);
            if (shape == SegmentShape.OUT || shape == SegmentShape.IN) {
                Area knob = knob(edge, shape == SegmentShape.OUT ? 1 : -1);
                if (shape == SegmentShape.OUT) {
                    piece.add(knob);
                } else {
                    piece.subtract(knob);
                }
            }
        }
        if (stripPx > 0) {
            piece.add(new Area(new Rectangle2D.Double(-0.35 * side, half, 0.7 * side, stripPx)));
        }
        piece.transform(placement());
        return piece;
    }

    /** The face swept {@code bandPx} right and down: what the cut edge and its shadow cover, under the face. */
    Area band() {
        Area band = new Area();
        for (int step = 1; step <= bandPx; step++) {
            Area shifted = area();
            shifted.transform(AffineTransform.getTranslateInstance(step, step));
            band.add(shifted);
        }
        return band;
    }

    /** A neck and round head reaching 0.25 side beyond (or into) the side, at {@code knobAt} along it. */
    private Area knob(EdgePos edge, int sign) {
        double half = side / 2.0;
        Point2D start = unrotatedCorner(edge.start());
        Point2D end = unrotatedCorner(edge.end());
        double alongX = start.getX() + knobAt * (end.getX() - start.getX());
        double alongY = start.getY() + knobAt * (end.getY() - start.getY());
        double outX = sign * Math.signum(alongX) * (Math.abs(alongX) >= half - 1e-9 ? 1 : 0);
        double outY = sign * Math.signum(alongY) * (Math.abs(alongY) >= half - 1e-9 ? 1 : 0);
        double radius = 0.12 * side;
        double headX = alongX + outX * 0.13 * side;
        double headY = alongY + outY * 0.13 * side;
        Area knob = new Area(new Ellipse2D.Double(headX - radius, headY - radius, 2 * radius, 2 * radius));
        double neck = 0.08 * side;
        double reach = 0.15 * side;
        double nx = Math.min(alongX, alongX + outX * reach) - (outX == 0 ? neck : 0);
        double ny = Math.min(alongY, alongY + outY * reach) - (outY == 0 ? neck : 0);
        double nw = outX == 0 ? 2 * neck : reach;
        double nh = outY == 0 ? 2 * neck : reach;
        knob.add(new Area(new Rectangle2D.Double(nx, ny, nw, nh)));
        return knob;
    }

    private Point2D unrotatedCorner(CornerPos corner) {
        double half = side / 2.0;
        return switch (corner) {
            case TOP_LEFT -> new Point2D.Double(-half, -half);
            case BOTTOM_LEFT -> new Point2D.Double(-half, half);
            case BOTTOM_RIGHT -> new Point2D.Double(half, half);
            case TOP_RIGHT -> new Point2D.Double(half, -half);
        };
    }

    private AffineTransform placement() {
        AffineTransform transform = AffineTransform.getTranslateInstance(IMAGE_SIZE / 2.0, IMAGE_SIZE / 2.0);
        transform.rotate(Math.toRadians(degrees));
        return transform;
    }

    /** Where the drawn corner lies in the image, in pixels (before any band). */
    public Point2D trueCorner(CornerPos corner) {
        return placement().transform(unrotatedCorner(corner), null);
    }

    /** Draws the piece and writes it as a PNG to {@code file}. */
    public Path writePng(Path file) {
        BufferedImage image = new BufferedImage(IMAGE_SIZE, IMAGE_SIZE, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D graphics = paper(image);
        try {
            paint(graphics);
        } finally {
            graphics.dispose();
        }
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A canvas on {@code image}, antialiased, filled with the light paper. */
    static Graphics2D paper(BufferedImage image) {
        Graphics2D graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setColor(new Color(200, 200, 200));
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        return graphics;
    }

    /** Fills the dark cut-edge band, if any, then the piece's face, in this piece's image coordinates. */
    void paint(Graphics2D graphics) {
        if (bandPx > 0) {
            graphics.setColor(new Color(40, 40, 40));
            graphics.fill(band());
        }
        graphics.setColor(new Color(90, 90, 90));
        graphics.fill(area());
    }
}
