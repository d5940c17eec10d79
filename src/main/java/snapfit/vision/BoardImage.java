package snapfit.vision;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Locale;
import org.opencv.core.Mat;
import org.opencv.objdetect.Dictionary;
import org.opencv.objdetect.Objdetect;
import org.opencv.objdetect.QRCodeEncoder;
import snapfit.model.BoardBackground;
import snapfit.model.BoardLayout;
import snapfit.model.BoardSet;
import snapfit.model.PixelBox;
import snapfit.model.PixelPoint;
import snapfit.model.SheetIdentity;

/**
 * Draws one marker board of a set ({@link BoardLayout}): white paper with the ring of ArUco markers
 * ({@code DICT_6X6_250}, border bits 1), the inside in the set's background colour, the QR code of the board's
 * identity with a white quiet zone, the set's name and a scale bar of 50, 20 or 10 mm beside it, and the slots with their
 * labels. Slot lines and labels are drawn in a lighter and a darker tint of the background, which people read but
 * the piece detector's threshold and colour mask take for background. Stateless and thread-safe.
 */
public final class BoardImage {

    static final Dictionary DICTIONARY = dictionary();
    private static final int BORDER_BITS = 1;

    private BoardImage() {
    }

    private static Dictionary dictionary() {
        OpenCv.ensureLoaded();
        return Objdetect.getPredefinedDictionary(Objdetect.DICT_6X6_250);
    }

    /** The background's colour as printed, RGB. */
    public static Color colourOf(BoardBackground background) {
        return switch (background) {
            case WHITE -> new Color(255, 255, 255);
            case GREEN -> new Color(70, 165, 90);
            case BLUE -> new Color(60, 110, 200);
        };
    }

    /**
     * Board {@code index} of {@code set} at {@code pixelsPerUnit} image pixels per board unit, as a
     * {@code TYPE_3BYTE_BGR} image.
     */
    public static BufferedImage render(BoardSet set, int index, double pixelsPerUnit) {
        SheetIdentity identity = set.identity(index);
        int width = (int) Math.round(BoardLayout.WIDTH * pixelsPerUnit);
        int height = (int) Math.round(BoardLayout.HEIGHT * pixelsPerUnit);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.scale(pixelsPerUnit, pixelsPerUnit);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, BoardLayout.WIDTH, BoardLayout.HEIGHT);
            Color background = colourOf(set.background());
            fill(graphics, BoardLayout.INSIDE, background);
            fill(graphics, BoardLayout.QR, Color.WHITE);
            drawSlots(graphics, background);
            drawCaption(graphics, set, identity);
        } finally {
            graphics.dispose();
        }
        for (int id : BoardLayout.markerIds()) {
            PixelPoint corner = BoardLayout.markerTopLeft(id);
            drawBits(image, marker(id, BoardLayout.MARKER_LENGTH), corner.x(), corner.y(), BoardLayout.MARKER_LENGTH,
                    pixelsPerUnit);
        }
        PixelBox qr = BoardLayout.QR;
        int quietZone = 8;
        drawBits(image, qrModules(identity.payload()), qr.x() + quietZone, qr.y() + quietZone, qr.width() - 2 * quietZone,
                pixelsPerUnit);
        return image;
    }

    private static void fill(Graphics2D graphics, PixelBox box, Color colour) {
        graphics.setColor(colour);
        graphics.fillRect(box.x(), box.y(), box.width(), box.height());
    }

    private static void drawSlots(Graphics2D graphics, Color background) {
        Color line = tint(background, Color.WHITE, 0.25);
        Color label = tint(background, Color.BLACK, background.equals(Color.WHITE) ? 0.35 : 0.3);
        graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        graphics.setStroke(new BasicStroke(2));
        for (int slot = 0; slot < BoardLayout.SLOT_COLS * BoardLayout.SLOT_ROWS; slot++) {
            PixelBox box = BoardLayout.slot(slot);
            graphics.setColor(line);
            graphics.drawRect(box.x(), box.y(), box.width(), box.height());
            graphics.setColor(label);
            graphics.drawString(BoardLayout.slotLabel(slot), box.x() + 6, box.y() + 22);
        }
    }

    /** The set's name and this board's number left of the QR code; a bar to check the print's scale with a ruler. */
    private static void drawCaption(Graphics2D graphics, BoardSet set, SheetIdentity identity) {
        PixelBox inside = BoardLayout.INSIDE;
        graphics.setColor(Color.BLACK);
        graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
        graphics.drawString(identity.tagName() + "  " + (identity.sheetIndex() + 1) + "/" + identity.totalSheets(),
                inside.x() + 10, inside.y() + 30);
        graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        graphics.drawString(String.format(Locale.ROOT, "pieces up to %.0f mm", set.pieceMm()), inside.x() + 10,
                inside.y() + 55);
        double room = BoardLayout.QR.x() - inside.x() - 20;
        for (int barMm : new int[] {50, 20, 10}) {
            double barUnits = barMm * set.unitsPerMm();
            if (barUnits <= room) {
                graphics.fillRect(inside.x() + 10, inside.y() + 75, (int) Math.round(barUnits), 6);
                graphics.drawString(barMm + " mm", inside.x() + 10, inside.y() + 100);
                return;
            }
        }
    }

    private static Color tint(Color colour, Color toward, double amount) {
        return new Color((int) Math.round(colour.getRed() + (toward.getRed() - colour.getRed()) * amount),
                (int) Math.round(colour.getGreen() + (toward.getGreen() - colour.getGreen()) * amount),
                (int) Math.round(colour.getBlue() + (toward.getBlue() - colour.getBlue()) * amount));
    }

    /** Marker {@code id}'s black and white cells, one byte per pixel of a {@code side}-pixel square. */
    private static BitImage marker(int id, int side) {
        Mat bits = new Mat();
        try {
            Objdetect.generateImageMarker(DICTIONARY, id, side, bits, BORDER_BITS);
            return BitImage.of(bits);
        } finally {
            bits.release();
        }
    }

    /** The QR code's modules, one pixel each, quiet zone included. */
    private static BitImage qrModules(String payload) {
        Mat modules = new Mat();
        try {
            QRCodeEncoder.create().encode(payload, modules);
            return BitImage.of(modules);
        } finally {
            modules.release();
        }
    }

    /** Paints {@code bits} stretched over the square of {@code side} board units at (x, y), nearest neighbour. */
    private static void drawBits(BufferedImage image, BitImage bits, int x, int y, int side, double pixelsPerUnit) {
        int left = (int) Math.round(x * pixelsPerUnit);
        int top = (int) Math.round(y * pixelsPerUnit);
        int size = (int) Math.round(side * pixelsPerUnit);
        for (int row = 0; row < size; row++) {
            for (int col = 0; col < size; col++) {
                int level = bits.level(col * bits.width() / size, row * bits.height() / size);
                image.setRGB(left + col, top + row, level << 16 | level << 8 | level);
            }
        }
    }

    /** A gray image copied out of a Mat. */
    private record BitImage(int width, int height, byte[] levels) {

        static BitImage of(Mat gray) {
            byte[] levels = new byte[gray.cols() * gray.rows()];
            gray.get(0, 0, levels);
            return new BitImage(gray.cols(), gray.rows(), levels);
        }

        int level(int x, int y) {
            return levels[y * width + x] & 0xFF;
        }
    }
}
