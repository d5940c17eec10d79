package snapfit.analysis;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import snapfit.model.CornerPos;
import snapfit.model.PieceId;
import snapfit.model.Placement;
import snapfit.model.Solution;
import snapfit.puzzle.Contour;
import snapfit.store.PieceContour;

/**
 * The assembled puzzle drawn from the photos: each placed piece cut out along its contour, turned by its
 * placement's rotation and the tilt it was photographed at, scaled so its corners span one cell, and drawn
 * centred on its cell. A margin of half a cell leaves room for the tabs of the border pieces. Also the same
 * picture tinted by confidence, and a contact sheet of the least certain placements with their neighbours.
 */
public final class AssemblyImage {

    private static final Color BACKGROUND = new Color(0x30, 0x30, 0x30);
    private static final Color EMPTY_CELL = new Color(0x60, 0x60, 0x60);
    /** The side of one tile of the contact sheet, in pixels: a cell and its neighbours. */
    private static final int DOUBT_TILE = 240;

    /** Where the pixels of the pieces come from, one sheet at a time. */
    public interface SheetSource {
        /** The sheet's photo. */
        BufferedImage photo(String sheetId);

        /** The contours and corners of the sheet's pieces. */
        Map<PieceId, PieceContour> contours(String sheetId);
    }

    private AssemblyImage() {
    }

    /** The cell size, in pixels, that keeps an image of {@code solution} within {@code maxSide} pixels a side. */
    public static int cellPixelsWithin(Solution solution, int maxSide) {
        return Math.max(8, maxSide / (Math.max(solution.rows(), solution.cols()) + 1));
    }

    /** Draws every placement, reading one sheet's photo at a time. */
    public static BufferedImage render(Solution solution, SheetSource source, int cellPixels) {
        BufferedImage image = new BufferedImage((solution.cols() + 1) * cellPixels, (solution.rows() + 1) * cellPixels,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(BACKGROUND);
            graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
            graphics.setColor(EMPTY_CELL);
            graphics.setStroke(new BasicStroke(1f));
            for (int row = 0; row < solution.rows(); row++) {
                for (int col = 0; col < solution.cols(); col++) {
                    graphics.drawRect(cellLeft(col, cellPixels), cellLeft(row, cellPixels), cellPixels, cellPixels);
                }
            }
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Map<String, List<Placement>> bySheet = new TreeMap<>();
            solution.placements().forEach(placement ->
                    bySheet.computeIfAbsent(placement.pieceId().sheetId(), sheet -> new ArrayList<>()).add(placement));
            for (Map.Entry<String, List<Placement>> sheet : bySheet.entrySet()) {
                BufferedImage photo = source.photo(sheet.getKey());
                Map<PieceId, PieceContour> contours = source.contours(sheet.getKey());
                for (Placement placement : sheet.getValue()) {
                    PieceContour piece = contours.get(placement.pieceId());
                    if (piece != null) {
                        drawPiece(graphics, photo, piece, placement, cellPixels);
                    }
                }
            }
        } finally {
            graphics.dispose();
        }
        return image;
    }

    /**
     * Where a candidate would go: the cell at {@code candidate}'s row and column with its eight neighbours, the
     * confirmed pieces among {@code placed} drawn in theirs and the candidate framed in the middle.
     */
    public static BufferedImage neighbourhood(List<Placement> placed, Placement candidate, SheetSource source,
                                              int cellPixels) {
        List<Placement> local = new ArrayList<>();
        for (Placement placement : placed) {
            int row = placement.row() - candidate.row() + 1;
            int col = placement.col() - candidate.col() + 1;
            if (row >= 0 && row < 3 && col >= 0 && col < 3 && !placement.pieceId().equals(candidate.pieceId())) {
                local.add(new Placement(placement.pieceId(), row, col, placement.rotation(), placement.confidence()));
            }
        }
        local.add(new Placement(candidate.pieceId(), 1, 1, candidate.rotation(), candidate.confidence()));
        BufferedImage image = render(new Solution(3, 3, local, List.of()), source, cellPixels);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(confidenceColour(1));
            graphics.setStroke(new BasicStroke(3f));
            graphics.drawRect(cellLeft(1, cellPixels), cellLeft(1, cellPixels), cellPixels, cellPixels);
        } finally {
            graphics.dispose();
        }
        return image;
    }

    /** {@code assembled} with each placed cell tinted from red (confidence 0) through yellow to green (1). */
    public static BufferedImage confidenceView(BufferedImage assembled, Solution solution, int cellPixels) {
        BufferedImage image = copy(assembled);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.45f));
            for (Placement placement : solution.placements()) {
                graphics.setColor(confidenceColour(placement.confidence()));
                graphics.fillRect(cellLeft(placement.col(), cellPixels), cellLeft(placement.row(), cellPixels),
                        cellPixels, cellPixels);
            }
        } finally {
            graphics.dispose();
        }
        return image;
    }

    /**
     * The {@code count} least certain placements, each shown with its eight neighbours cut from {@code assembled}
     * ({@value #DOUBT_TILE} pixels a tile),
     * the cell framed and captioned with its row, column and confidence; least certain first, in rows of 5.
     */
    public static BufferedImage doubtSheet(BufferedImage assembled, Solution solution, int cellPixels, int count) {
        List<Placement> doubts = solution.placements().stream()
                .sorted(Comparator.comparingDouble(Placement::confidence)).limit(count).toList();
        int tile = DOUBT_TILE;
        double scale = (double) tile / (3 * cellPixels);
        int caption = 22;
        int columns = 5;
        int rows = Math.max(1, (doubts.size() + columns - 1) / columns);
        BufferedImage sheet = new BufferedImage(columns * tile, rows * (tile + caption), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = sheet.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
            graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            for (int i = 0; i < doubts.size(); i++) {
                Placement placement = doubts.get(i);
                int x = i % columns * tile;
                int y = i / columns * (tile + caption);
                int sourceX = cellLeft(placement.col(), cellPixels) - cellPixels;
                int sourceY = cellLeft(placement.row(), cellPixels) - cellPixels;
                graphics.drawImage(assembled, x, y, x + tile, y + tile, sourceX, sourceY, sourceX + 3 * cellPixels,
                        sourceY + 3 * cellPixels, BACKGROUND, null);
                graphics.setColor(confidenceColour(placement.confidence()));
                graphics.setStroke(new BasicStroke(3f));
                int cell = (int) Math.round(cellPixels * scale);
                graphics.drawRect(x + cell, y + cell, cell, cell);
                graphics.setColor(Color.BLACK);
                graphics.drawString(String.format("row %d col %d  %.2f", placement.row(), placement.col(),
                        placement.confidence()), x + 4, y + tile + caption - 6);
            }
        } finally {
            graphics.dispose();
        }
        return sheet;
    }

    /** Red at 0, yellow at 0.5, green at 1. */
    static Color confidenceColour(double confidence) {
        double clamped = Math.max(0, Math.min(1, confidence));
        int red = (int) Math.round(255 * Math.min(1, 2 * (1 - clamped)));
        int green = (int) Math.round(200 * Math.min(1, 2 * clamped));
        return new Color(red, green, 0);
    }

    /** The left (or top) pixel of column (or row) {@code index}, after the half-cell margin. */
    static int cellLeft(int index, int cellPixels) {
        return cellPixels / 2 + index * cellPixels;
    }

    /**
     * Draws one piece: its photo axes (left-side midpoint to right-side midpoint, and top to bottom) are turned
     * onto the image's, then by the placement's clockwise quarter turns (with y down, a positive angle is clockwise).
     */
    private static void drawPiece(Graphics2D graphics, BufferedImage photo, PieceContour piece, Placement placement,
                                  int cellPixels) {
        Contour contour = piece.contour();
        double[] tl = corner(piece, CornerPos.TOP_LEFT);
        double[] bl = corner(piece, CornerPos.BOTTOM_LEFT);
        double[] br = corner(piece, CornerPos.BOTTOM_RIGHT);
        double[] tr = corner(piece, CornerPos.TOP_RIGHT);
        double centreX = (tl[0] + bl[0] + br[0] + tr[0]) / 4;
        double centreY = (tl[1] + bl[1] + br[1] + tr[1]) / 4;
        double acrossX = (br[0] + tr[0] - tl[0] - bl[0]) / 2;
        double acrossY = (br[1] + tr[1] - tl[1] - bl[1]) / 2;
        double downX = (bl[0] + br[0] - tl[0] - tr[0]) / 2;
        double downY = (bl[1] + br[1] - tl[1] - tr[1]) / 2;
        double size = (Math.hypot(acrossX, acrossY) + Math.hypot(downX, downY)) / 2;
        AffineTransform transform = new AffineTransform();
        transform.translate(cellLeft(placement.col(), cellPixels) + cellPixels / 2.0,
                cellLeft(placement.row(), cellPixels) + cellPixels / 2.0);
        transform.scale(cellPixels / size, cellPixels / size);
        transform.rotate(placement.quarterTurns() * Math.PI / 2 - Math.atan2(acrossY, acrossX));
        transform.translate(-centreX, -centreY);
        Path2D.Double outline = new Path2D.Double();
        outline.moveTo(contour.x(0), contour.y(0));
        for (int i = 1; i < contour.size(); i++) {
            outline.lineTo(contour.x(i), contour.y(i));
        }
        outline.closePath();
        Graphics2D pieceGraphics = (Graphics2D) graphics.create();
        try {
            pieceGraphics.transform(transform);
            pieceGraphics.clip(outline);
            // Only the piece's box of the photo: a transformed draw of the whole 12 MP photo costs seconds.
            java.awt.Rectangle box = outline.getBounds().intersection(new java.awt.Rectangle(photo.getWidth(),
                    photo.getHeight()));
            if (!box.isEmpty()) {
                pieceGraphics.drawImage(photo.getSubimage(box.x, box.y, box.width, box.height), box.x, box.y, null);
            }
        } finally {
            pieceGraphics.dispose();
        }
    }

    private static double[] corner(PieceContour piece, CornerPos corner) {
        int index = piece.corners().get(corner);
        return new double[] {piece.contour().x(index), piece.contour().y(index)};
    }

    private static BufferedImage copy(BufferedImage image) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = copy.createGraphics();
        graphics.drawImage(image, 0, 0, null);
        graphics.dispose();
        return copy;
    }
}
