package snapfit.synth;

import java.util.Objects;
import snapfit.model.PieceId;

/**
 * A cut piece as laid on a sheet: its id there, its outline in sheet pixels and how it was turned.
 *
 * @param quarterTurns clockwise quarter turns, 0 to 3
 * @param tiltDegrees  further clockwise tilt in degrees, within the configured maximum either way
 */
record PlacedPiece(PieceId id, CutPiece piece, PieceOutline outline, int quarterTurns, double tiltDegrees) {

    PlacedPiece {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(piece, "piece");
        Objects.requireNonNull(outline, "outline");
        if (quarterTurns < 0 || quarterTurns > 3) {
            throw new IllegalArgumentException("piece " + id + ": quarter turns " + quarterTurns + " is not 0 to 3");
        }
    }

    /** The whole clockwise turn from the puzzle's frame to the sheet's, in degrees. */
    double rotationDegrees() {
        return quarterTurns * 90 + tiltDegrees;
    }
}
