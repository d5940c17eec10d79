package snapfit.model;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.OptBoolean;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One piece as stored in {@code metadata.json}: everything about it but its contour points, which
 * live in the contour cache.
 *
 * @param flatEdges         the sides that are flat borders, in {@link EdgePos} order
 * @param contourRegion     the contour's bounding box in sheet pixels
 * @param label             the marker board slot the piece lies in, e.g. {@code B3}; null (and left out of the
 *                          file) for a piece not on a board
 */
public record PieceRecord(
        @JsonProperty("piece_id") PieceId pieceId,
        @JsonProperty("corners") Corners corners,
        @JsonProperty("segment_shapes") SegmentShapes segmentShapes,
        @JsonProperty("oriented_piece_type") OrientedPieceType orientedPieceType,
        @JsonProperty("flat_edges") List<EdgePos> flatEdges,
        @JsonProperty("contour_point_count") int contourPointCount,
        @JsonProperty("contour_region") PixelBox contourRegion,
        @JsonProperty("label") @JsonInclude(JsonInclude.Include.NON_NULL)
        @JacksonInject(value = OptionalField.PIECE_LABEL, useInput = OptBoolean.TRUE) String label) {

    public PieceRecord {
        Objects.requireNonNull(pieceId, "piece_id");
        Objects.requireNonNull(corners, "corners of " + pieceId);
        Objects.requireNonNull(segmentShapes, "segment_shapes of " + pieceId);
        Objects.requireNonNull(orientedPieceType, "oriented_piece_type of " + pieceId);
        flatEdges = List.copyOf(Objects.requireNonNull(flatEdges, "flat_edges of " + pieceId));
        Objects.requireNonNull(contourRegion, "contour_region of " + pieceId);
        if (!Set.copyOf(flatEdges).equals(segmentShapes.flatEdges())) {
            throw new IllegalArgumentException("piece " + pieceId + ": flat_edges " + flatEdges
                    + " disagree with segment_shapes " + segmentShapes);
        }
        if (label != null && !label.matches("[A-Z]+[0-9]+")) {
            throw new IllegalArgumentException("piece " + pieceId + " has label '" + label
                    + "': expected a board slot such as A1 or B3");
        }
        if (contourPointCount < 4) {
            throw new IllegalArgumentException("piece " + pieceId + " has contour_point_count "
                    + contourPointCount + ": a piece needs at least its 4 corners");
        }
    }

    /** A piece not on a board. */
    public PieceRecord(PieceId pieceId, Corners corners, SegmentShapes segmentShapes, OrientedPieceType orientedPieceType,
                       List<EdgePos> flatEdges, int contourPointCount, PixelBox contourRegion) {
        this(pieceId, corners, segmentShapes, orientedPieceType, flatEdges, contourPointCount, contourRegion, null);
    }

    /** This piece in board slot {@code newLabel}. */
    public PieceRecord withLabel(String newLabel) {
        return new PieceRecord(pieceId, corners, segmentShapes, orientedPieceType, flatEdges, contourPointCount,
                contourRegion, newLabel);
    }
}
