package snapfit.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import snapfit.model.CornerPos;
import snapfit.model.Corners;
import snapfit.model.EdgePos;
import snapfit.model.OrientedPieceType;
import snapfit.model.PixelPoint;
import snapfit.model.SegmentId;
import snapfit.model.SegmentShape;
import snapfit.model.SegmentShapes;

/**
 * Writes down what a camera sees of laid-out pieces: each piece's corners and sides renamed by where
 * they appear on the sheet, and every touching pair of sides under those names. Stateless.
 *
 * <p>A turn keeps the contour order top-left, bottom-left, bottom-right, top-right, so renaming is a
 * cyclic shift: the shift is the one that best lines the corners up with the image's diagonal
 * directions from the piece's centre. The same shift renames the sides, since side k starts at corner k.
 */
final class TruthBuilder {

    /** Image directions of top-left, bottom-left, bottom-right, top-right, in {@link CornerPos} order. */
    private static final int[][] DIAGONALS = {{-1, -1}, {-1, 1}, {1, 1}, {1, -1}};

    private TruthBuilder() {
    }

    static PuzzleTruth build(GeneratorConfig config, List<PlacedSheet> sheets, String imageExtension) {
        List<TruthSheet> truthSheets = new ArrayList<>();
        List<TruthPiece> truthPieces = new ArrayList<>();
        Map<Long, Seen> byCell = new HashMap<>();
        for (PlacedSheet sheet : sheets) {
            truthSheets.add(new TruthSheet(sheet.sheetId(), "sheets/" + sheet.sheetId() + "." + imageExtension,
                    sheet.width(), sheet.height(), sheet.pieces().size(), sheet.captureScale(),
                    sheet.board() == null ? null : sheet.board().truth()));
            for (PlacedPiece placed : sheet.pieces()) {
                int shift = cornerShift(placed.outline());
                truthPieces.add(truthPiece(placed, shift));
                byCell.put(cell(placed.piece().row(), placed.piece().col()), new Seen(placed, shift));
            }
        }
        List<TrueNeighbours> neighbours = new ArrayList<>();
        for (int r = 0; r < config.rows(); r++) {
            for (int c = 0; c < config.cols(); c++) {
                if (c + 1 < config.cols()) {
                    neighbours.add(pair(byCell, r, c, EdgePos.RIGHT, r, c + 1, EdgePos.LEFT));
                }
                if (r + 1 < config.rows()) {
                    neighbours.add(pair(byCell, r, c, EdgePos.BOTTOM, r + 1, c, EdgePos.TOP));
                }
            }
        }
        return new PuzzleTruth(config, truthSheets, truthPieces, neighbours);
    }

    /** The k for which puzzle corner (j + k) mod 4 appears as image corner j. */
    static int cornerShift(PieceOutline outline) {
        double cx = 0;
        double cy = 0;
        for (CornerPos corner : CornerPos.values()) {
            cx += outline.x(outline.cornerIndex(corner)) / 4;
            cy += outline.y(outline.cornerIndex(corner)) / 4;
        }
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int shift = 0; shift < 4; shift++) {
            double score = 0;
            for (int j = 0; j < 4; j++) {
                int index = outline.cornerIndex(CornerPos.values()[(j + shift) % 4]);
                score += (outline.x(index) - cx) * DIAGONALS[j][0] + (outline.y(index) - cy) * DIAGONALS[j][1];
            }
            if (score > bestScore) {
                bestScore = score;
                best = shift;
            }
        }
        return best;
    }

    private static TruthPiece truthPiece(PlacedPiece placed, int shift) {
        PieceOutline outline = placed.outline();
        PixelPoint[] corners = new PixelPoint[4];
        SegmentShape[] shapes = new SegmentShape[4];
        for (int j = 0; j < 4; j++) {
            int index = outline.cornerIndex(CornerPos.values()[(j + shift) % 4]);
            corners[j] = new PixelPoint((int) Math.round(outline.x(index)), (int) Math.round(outline.y(index)));
            shapes[j] = placed.piece().shapes().get(EdgePos.values()[(j + shift) % 4]);
        }
        SegmentShapes imageShapes = new SegmentShapes(shapes[0], shapes[1], shapes[2], shapes[3]);
        double rotation = placed.rotationDegrees();
        return new TruthPiece(placed.id(), placed.piece().row(), placed.piece().col(),
                rotation < 0 ? rotation + 360 : rotation,
                new Corners(corners[0], corners[1], corners[2], corners[3]), imageShapes,
                OrientedPieceType.ofFlatEdges(imageShapes.flatEdges()), outline.boundingBox());
    }

    private static TrueNeighbours pair(Map<Long, Seen> byCell, int row1, int col1, EdgePos puzzleSide1,
                                       int row2, int col2, EdgePos puzzleSide2) {
        return new TrueNeighbours(byCell.get(cell(row1, col1)).segment(puzzleSide1),
                byCell.get(cell(row2, col2)).segment(puzzleSide2));
    }

    private static long cell(int row, int col) {
        return (long) row << 32 | col;
    }

    /** A placed piece and the shift that renames its puzzle sides to image sides. */
    private record Seen(PlacedPiece placed, int shift) {

        SegmentId segment(EdgePos puzzleSide) {
            return new SegmentId(placed.id(), EdgePos.values()[Math.floorMod(puzzleSide.ordinal() - shift, 4)]);
        }
    }
}
