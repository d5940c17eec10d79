package snapfit.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An assembled puzzle: a grid of {@code rows} x {@code cols} cells, each holding at most one piece, and the
 * pieces left out (strangers, or pieces the solver could not place with confidence).
 */
public record Solution(int rows, int cols, List<Placement> placements, List<PieceId> unplaced) {

    public Solution {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("a solution of " + rows + " x " + cols + " cells has no cell:"
                    + " rows and cols must be at least 1");
        }
        placements = List.copyOf(placements);
        unplaced = List.copyOf(unplaced);
        Set<PieceId> pieces = new HashSet<>();
        Set<Integer> cells = new HashSet<>();
        for (Placement placement : placements) {
            if (placement.row() >= rows || placement.col() >= cols) {
                throw new IllegalArgumentException("piece " + placement.pieceId() + " is placed at row "
                        + placement.row() + ", col " + placement.col() + ", outside the " + rows + " x " + cols + " grid");
            }
            if (!cells.add(placement.row() * cols + placement.col())) {
                throw new IllegalArgumentException("two pieces are placed at row " + placement.row() + ", col "
                        + placement.col());
            }
            if (!pieces.add(placement.pieceId())) {
                throw new IllegalArgumentException("piece " + placement.pieceId() + " is placed twice");
            }
        }
        for (PieceId piece : unplaced) {
            if (!pieces.add(Objects.requireNonNull(piece, "unplaced piece"))) {
                throw new IllegalArgumentException("piece " + piece + " is both placed and unplaced, or unplaced twice");
            }
        }
    }
}
