package snapfit.store;

import snapfit.model.CornerIndices;
import java.util.Objects;
import snapfit.model.CornerPos;
import snapfit.puzzle.Contour;

/** A piece's contour (sheet pixels, x right, y down) with the positions of its corners on it. */
public record PieceContour(Contour contour, CornerIndices corners) {

    public PieceContour {
        Objects.requireNonNull(contour, "contour");
        Objects.requireNonNull(corners, "corners");
        requireOnContour(corners, contour.size());
    }

    /** @throws IllegalArgumentException when a corner index is not below {@code contourPoints} */
    static void requireOnContour(CornerIndices corners, int contourPoints) {
        for (CornerPos corner : CornerPos.values()) {
            if (corners.get(corner) >= contourPoints) {
                throw new IllegalArgumentException("corner " + corner.value() + " at index " + corners.get(corner)
                        + " is outside the contour of " + contourPoints + " points");
            }
        }
    }
}
