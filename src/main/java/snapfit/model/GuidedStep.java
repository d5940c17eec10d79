package snapfit.model;

import java.util.Objects;

/**
 * One decision of a person in a guided solving session: a piece put in a cell with a rotation, accepted (it goes
 * there) or rejected (it does not).
 *
 * @param rotation clockwise degrees that bring the piece as photographed into place, as in {@link Placement}
 */
public record GuidedStep(PieceId pieceId, int row, int col, int rotation, boolean accepted) {

    public GuidedStep {
        Objects.requireNonNull(pieceId, "pieceId");
        // The same rules as a placement's, and its message.
        new Placement(pieceId, row, col, rotation, 1);
    }

    /** The step as a placement a person vouches for. */
    public Placement asPlacement() {
        return new Placement(pieceId, row, col, rotation, 1);
    }
}
