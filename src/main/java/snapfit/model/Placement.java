package snapfit.model;

import java.util.Objects;

/**
 * Where one piece goes in the assembled puzzle.
 *
 * @param pieceId    the piece
 * @param row        its row, from 0 at the top
 * @param col        its column, from 0 at the left
 * @param rotation   the clockwise turn in degrees (0, 90, 180 or 270) that brings the piece as photographed into
 *                   its place: after it, the side the photo shows on the left faces up
 * @param confidence how sure the solver is, in [0, 1]
 */
public record Placement(PieceId pieceId, int row, int col, int rotation, double confidence) {

    public Placement {
        Objects.requireNonNull(pieceId, "pieceId");
        if (row < 0 || col < 0) {
            throw new IllegalArgumentException("piece " + pieceId + " is placed at row " + row + ", col " + col
                    + ": cells start at 0");
        }
        if (rotation < 0 || rotation >= 360 || rotation % 90 != 0) {
            throw new IllegalArgumentException("piece " + pieceId + " has rotation " + rotation
                    + ": expected 0, 90, 180 or 270");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("piece " + pieceId + " has confidence " + confidence
                    + ": expected a number in [0, 1]");
        }
    }

    /** The rotation in quarter turns clockwise, 0 to 3. */
    public int quarterTurns() {
        return rotation / 90;
    }

    /** The photographed side that faces {@code direction} once the piece is in place. */
    public EdgePos sideFacing(EdgePos direction) {
        return EdgePos.values()[(direction.ordinal() + quarterTurns()) % 4];
    }
}
