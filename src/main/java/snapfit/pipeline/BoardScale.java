package snapfit.pipeline;

import java.util.Arrays;
import java.util.List;
import snapfit.model.CornerPos;
import snapfit.model.Corners;
import snapfit.model.PixelPoint;
import snapfit.model.SheetBoard;
import snapfit.puzzle.BoardCapture;
import snapfit.puzzle.Piece;
import snapfit.puzzle.Sheet;

/**
 * The one scale from board units to puzzle pixels that every board sheet of an ingest shares: the puzzle's piece
 * size over the board sheets' piece size in board units (the median over sheets of each sheet's geometric mean of
 * its pieces' sizes, the square root of the area between their four corners). One factor for all keeps board sheets
 * exactly to scale with one another; it only brings them to the size the other sheets are calibrated to.
 */
final class BoardScale {

    private BoardScale() {
    }

    /** Puzzle pixels per board unit; 1 when no sheet lies on a board. */
    static double puzzlePerUnit(List<Sheet> sheets, double puzzlePieceSize) {
        double[] sizes = sheets.stream().filter(sheet -> sheet.board().isPresent())
                .mapToDouble(BoardScale::pieceSizeInUnits).sorted().toArray();
        if (sizes.length == 0) {
            return 1;
        }
        int middle = sizes.length / 2;
        double median = sizes.length % 2 == 1 ? sizes[middle] : (sizes[middle - 1] + sizes[middle]) / 2;
        return puzzlePieceSize / median;
    }

    private static double pieceSizeInUnits(Sheet sheet) {
        SheetBoard board = sheet.board().map(BoardCapture::board).orElseThrow();
        double logSum = 0;
        for (Piece piece : sheet.pieces()) {
            logSum += Math.log(quadArea(piece.corners(), board)) / 2;
        }
        return Math.exp(logSum / sheet.pieces().size());
    }

    /** The area between the four corners in board units (shoelace formula). */
    private static double quadArea(Corners corners, SheetBoard board) {
        double[][] quad = Arrays.stream(CornerPos.values()).map(corners::get)
                .map(point -> toBoard(point, board)).toArray(double[][]::new);
        double twice = 0;
        for (int i = 0; i < 4; i++) {
            double[] a = quad[i];
            double[] b = quad[(i + 1) % 4];
            twice += a[0] * b[1] - b[0] * a[1];
        }
        return Math.abs(twice) / 2;
    }

    private static double[] toBoard(PixelPoint point, SheetBoard board) {
        return new double[] {board.boardX(point.x(), point.y()), board.boardY(point.x(), point.y())};
    }
}
