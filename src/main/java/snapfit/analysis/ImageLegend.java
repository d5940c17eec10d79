package snapfit.analysis;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.Map;

/** A boxed legend of coloured line swatches and labels, drawn onto overlay images. */
final class ImageLegend {

    private static final int PADDING = 8;
    private static final int SWATCH = 24;

    private ImageLegend() {
    }

    /** The size of the box {@link #draw} draws, in pixels. */
    static Dimension size(Graphics2D graphics, Map<String, Color> entries, int fontSize) {
        FontMetrics metrics = graphics.getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, fontSize));
        int textWidth = entries.keySet().stream().mapToInt(metrics::stringWidth).max().orElse(0);
        return new Dimension(3 * PADDING + SWATCH + textWidth, 2 * PADDING + metrics.getHeight() * entries.size());
    }

    /**
     * Draws {@code entries} (label to colour, in iteration order) in a white box whose top-left
     * corner is at ({@code x}, {@code y}).
     */
    static void draw(Graphics2D graphics, Map<String, Color> entries, int x, int y, int fontSize) {
        graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, fontSize));
        FontMetrics metrics = graphics.getFontMetrics();
        int lineHeight = metrics.getHeight();
        Dimension box = size(graphics, entries, fontSize);
        int width = box.width;
        int height = box.height;
        graphics.setColor(new Color(255, 255, 255, 230));
        graphics.fillRect(x, y, width, height);
        graphics.setColor(Color.GRAY);
        graphics.setStroke(new BasicStroke(1f));
        graphics.drawRect(x, y, width, height);
        int baseline = y + PADDING + metrics.getAscent();
        for (Map.Entry<String, Color> entry : entries.entrySet()) {
            int middle = baseline - metrics.getAscent() / 2 + metrics.getDescent() / 2;
            graphics.setColor(entry.getValue());
            graphics.setStroke(new BasicStroke(4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            graphics.drawLine(x + PADDING, middle, x + PADDING + SWATCH, middle);
            graphics.setColor(Color.BLACK);
            graphics.drawString(entry.getKey(), x + 2 * PADDING + SWATCH, baseline);
            baseline += lineHeight;
        }
    }
}
