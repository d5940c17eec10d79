package snapfit.analysis;

import snapfit.model.CornerIndices;
import java.util.Objects;
import snapfit.model.CornerPos;
import snapfit.model.PieceRecord;
import snapfit.puzzle.Contour;
import snapfit.puzzle.Piece;

/**
 * What a sheet overlay needs to draw one piece: its record (id, side shapes), its contour in sheet pixels
 * and where its corners are in that contour.
 */
public record OverlayPiece(PieceRecord piece, Contour contour, CornerIndices corners) {

    public OverlayPiece {
        Objects.requireNonNull(piece, "piece");
        Objects.requireNonNull(contour, "contour of " + piece.pieceId());
        Objects.requireNonNull(corners, "corners of " + piece.pieceId());
        if (contour.size() != piece.contourPointCount()) {
            throw new IllegalArgumentException("piece " + piece.pieceId() + " records " + piece.contourPointCount()
                    + " contour points but the contour given has " + contour.size()
                    + ": load the contour cache of the same ingest");
        }
        for (CornerPos corner : CornerPos.values()) {
            if (corners.get(corner) >= contour.size()) {
                throw new IllegalArgumentException("piece " + piece.pieceId() + ": " + corner.value() + " index "
                        + corners.get(corner) + " is outside its contour of " + contour.size() + " points");
            }
        }
    }

    /** What the overlay needs of a piece found on a sheet or rebuilt from the contour cache. */
    public static OverlayPiece of(Piece piece) {
        return new OverlayPiece(piece.toRecord(), piece.contour(), piece.cornerIndices());
    }
}
