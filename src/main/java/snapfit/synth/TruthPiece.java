package snapfit.synth;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import snapfit.model.CornerPos;
import snapfit.model.Corners;
import snapfit.model.OrientedPieceType;
import snapfit.model.PieceId;
import snapfit.model.PixelBox;
import snapfit.model.PixelPoint;
import snapfit.model.SegmentShapes;

/**
 * The truth about one piece on a sheet. Everything is as seen in the image: corners in sheet pixels
 * (x right, y down) named by where they appear (top_left is the corner toward the image's top-left),
 * and each side's shape named by where it appears, from this piece's point of view ({@code out} = tab).
 *
 * @param pieceId           sheet and index; indices follow the slots row-major, top to bottom, then left to right
 * @param row               the piece's row in the finished puzzle, from 0 at the top
 * @param col               the piece's column in the finished puzzle, from 0 at the left
 * @param rotationDegrees   clockwise turn from the finished puzzle to the photo, 0 to 360 give or take the tilt
 * @param contourRegion     bounding box of the true outline in sheet pixels (the piece's face, without
 *                          the dark band of its cut edge)
 */
public record TruthPiece(
        @JsonProperty("piece_id") PieceId pieceId,
        @JsonProperty("row") int row,
        @JsonProperty("col") int col,
        @JsonProperty("rotation_degrees") double rotationDegrees,
        @JsonProperty("corners") Corners corners,
        @JsonProperty("segment_shapes") SegmentShapes segmentShapes,
        @JsonProperty("oriented_piece_type") OrientedPieceType orientedPieceType,
        @JsonProperty("contour_region") PixelBox contourRegion) {

    public TruthPiece {
        Objects.requireNonNull(pieceId, "piece_id");
        Objects.requireNonNull(corners, "corners of " + pieceId);
        Objects.requireNonNull(segmentShapes, "segment_shapes of " + pieceId);
        Objects.requireNonNull(orientedPieceType, "oriented_piece_type of " + pieceId);
        Objects.requireNonNull(contourRegion, "contour_region of " + pieceId);
        if (row < 0 || col < 0) {
            throw new IllegalArgumentException("piece " + pieceId + " is at row " + row + ", col " + col
                    + ": grid positions start at 0");
        }
        OrientedPieceType fromShapes = OrientedPieceType.ofFlatEdges(segmentShapes.flatEdges());
        if (!fromShapes.equals(orientedPieceType)) {
            throw new IllegalArgumentException("piece " + pieceId + ": oriented_piece_type " + orientedPieceType
                    + " disagrees with its flat sides " + segmentShapes.flatEdges() + ", which make " + fromShapes);
        }
    }

    /** The piece's size in pixels: the mean side length of the quadrilateral of its four corners. */
    public double pieceSize() {
        double sum = 0;
        for (CornerPos corner : CornerPos.values()) {
            PixelPoint a = corners.get(corner);
            PixelPoint b = corners.get(CornerPos.values()[(corner.ordinal() + 1) % 4]);
            sum += Math.hypot(a.x() - b.x(), a.y() - b.y());
        }
        return sum / 4;
    }
}
