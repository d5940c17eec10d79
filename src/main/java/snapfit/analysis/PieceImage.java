package snapfit.analysis;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import snapfit.model.PixelBox;
import snapfit.puzzle.Contour;
import snapfit.puzzle.Piece;

/**
 * One piece drawn alone, as a notebook shows a {@link Piece}: its outline with every side in its shape's
 * colour, its corners and its id, on white, with the shape legend beside it ({@link SheetOverlay}).
 */
public final class PieceImage {

    /** White space around the piece, in sheet pixels. */
    private static final int MARGIN = 20;
    private static final OverlayStyle STYLE = new OverlayStyle(360, 3f, 5, 14);

    private PieceImage() {
    }

    public static BufferedImage render(Piece piece) {
        PixelBox box = piece.boundingBox();
        Contour contour = piece.contour();
        int[] xs = new int[contour.size()];
        int[] ys = new int[contour.size()];
        for (int i = 0; i < contour.size(); i++) {
            xs[i] = contour.x(i) - box.x() + MARGIN;
            ys[i] = contour.y(i) - box.y() + MARGIN;
        }
        BufferedImage paper = new BufferedImage(box.width() + 2 * MARGIN, box.height() + 2 * MARGIN, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = paper.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, paper.getWidth(), paper.getHeight());
        graphics.dispose();
        OverlayPiece moved = new OverlayPiece(piece.toRecord(), new Contour(xs, ys), piece.cornerIndices());
        return new SheetOverlay(STYLE).render(paper, List.of(moved));
    }
}
