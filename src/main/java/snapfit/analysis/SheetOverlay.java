package snapfit.analysis;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import snapfit.model.CornerPos;
import snapfit.model.EdgePos;
import snapfit.model.SegmentShape;
import snapfit.puzzle.Contour;

/**
 * Draws what snap-fit found on a sheet photo: each piece's contour with every side coloured by its
 * shape ({@link ShapeColours}), its four corners as yellow dots and its id at the middle of its corners,
 * plus a legend of the shapes in a margin to the right of the photo. The photo is first shrunk to
 * {@link OverlayStyle#maxWidth()}; contour coordinates (sheet pixels, x right, y down) are mapped with the same {@link DisplayScale}. Immutable and
 * thread-safe.
 */
public final class SheetOverlay {

    private static final Color CORNER_FILL = new Color(0xF0E442);
    private static final int LEGEND_MARGIN = 10;

    private final OverlayStyle style;

    public SheetOverlay(OverlayStyle style) {
        this.style = Objects.requireNonNull(style, "style");
    }

    /** An overlay drawn with {@link OverlayStyle#DEFAULT}. */
    public static SheetOverlay withDefaults() {
        return new SheetOverlay(OverlayStyle.DEFAULT);
    }

    /** The scale this overlay applies to a photo {@code imageWidth} pixels wide. */
    public DisplayScale scaleFor(int imageWidth) {
        return DisplayScale.fitWidth(imageWidth, style.maxWidth());
    }

    /** A new image: the shrunk photo with the pieces drawn on it. {@code sheet} is left unchanged. */
    public BufferedImage render(BufferedImage sheet, List<OverlayPiece> pieces) {
        DisplayScale scale = scaleFor(sheet.getWidth());
        BufferedImage image = scale.scale(sheet);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            for (OverlayPiece piece : pieces) {
                drawSides(graphics, piece, scale);
            }
            for (OverlayPiece piece : pieces) {
                drawCornersAndLabel(graphics, piece, scale);
            }
        } finally {
            graphics.dispose();
        }
        return withLegendBeside(image);
    }

    /** The image with the shape legend in a white margin on its right, where it covers no piece. */
    private BufferedImage withLegendBeside(BufferedImage image) {
        Graphics2D measuring = image.createGraphics();
        Dimension legend = ImageLegend.size(measuring, shapeLegend(), style.fontSize());
        measuring.dispose();
        BufferedImage framed = new BufferedImage(image.getWidth() + legend.width + 2 * LEGEND_MARGIN,
                Math.max(image.getHeight(), legend.height + 2 * LEGEND_MARGIN), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = framed.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, framed.getWidth(), framed.getHeight());
            graphics.drawImage(image, 0, 0, null);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            ImageLegend.draw(graphics, shapeLegend(), image.getWidth() + LEGEND_MARGIN, LEGEND_MARGIN, style.fontSize());
        } finally {
            graphics.dispose();
        }
        return framed;
    }

    private void drawSides(Graphics2D graphics, OverlayPiece piece, DisplayScale scale) {
        graphics.setStroke(new BasicStroke(style.lineWidth(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Contour contour = piece.contour();
        for (EdgePos edge : EdgePos.values()) {
            int start = piece.corners().get(edge.start());
            int steps = Math.floorMod(piece.corners().get(edge.end()) - start, contour.size());
            Path2D.Double path = new Path2D.Double();
            path.moveTo(scale.toDisplay(contour.x(start)), scale.toDisplay(contour.y(start)));
            for (int k = 1; k <= steps; k++) {
                int point = (start + k) % contour.size();
                path.lineTo(scale.toDisplay(contour.x(point)), scale.toDisplay(contour.y(point)));
            }
            graphics.setColor(ShapeColours.of(piece.piece().segmentShapes().get(edge)));
            graphics.draw(path);
        }
    }

    private void drawCornersAndLabel(Graphics2D graphics, OverlayPiece piece, DisplayScale scale) {
        Contour contour = piece.contour();
        double radius = style.cornerRadius();
        double sumX = 0;
        double sumY = 0;
        graphics.setStroke(new BasicStroke(1.5f));
        for (CornerPos corner : CornerPos.values()) {
            int index = piece.corners().get(corner);
            double x = scale.toDisplay(contour.x(index));
            double y = scale.toDisplay(contour.y(index));
            sumX += x;
            sumY += y;
            Ellipse2D dot = new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius);
            graphics.setColor(CORNER_FILL);
            graphics.fill(dot);
            graphics.setColor(Color.BLACK);
            graphics.draw(dot);
        }
        drawLabel(graphics, piece.piece().pieceId().toString(), sumX / 4, sumY / 4);
    }

    /** The id in a white box centred on (x, y), readable on any photo. */
    private void drawLabel(Graphics2D graphics, String label, double x, double y) {
        graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, style.fontSize()));
        FontMetrics metrics = graphics.getFontMetrics();
        int width = metrics.stringWidth(label) + 8;
        int height = metrics.getHeight() + 2;
        int left = (int) Math.round(x - width / 2.0);
        int top = (int) Math.round(y - height / 2.0);
        graphics.setColor(new Color(255, 255, 255, 210));
        graphics.fillRoundRect(left, top, width, height, 6, 6);
        graphics.setColor(Color.BLACK);
        graphics.drawString(label, left + 4, top + 1 + metrics.getAscent());
    }

    private static Map<String, Color> shapeLegend() {
        Map<String, Color> entries = new LinkedHashMap<>();
        for (SegmentShape shape : SegmentShape.values()) {
            entries.put(ShapeColours.legendLabel(shape), ShapeColours.of(shape));
        }
        return entries;
    }
}
