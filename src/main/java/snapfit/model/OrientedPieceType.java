package snapfit.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A piece type with the clockwise rotation that brings the canonical pose to the pose in the photo.
 * Canonically an {@link PieceType#EDGE} piece has its flat border on top and a
 * {@link PieceType#CORNER} piece has its flat borders on top and left; inner pieces are always 0.
 */
public record OrientedPieceType(
        @JsonProperty("piece_type") PieceType pieceType,
        @JsonProperty("orientation") Orientation orientation) {

    public OrientedPieceType {
        Objects.requireNonNull(pieceType, "pieceType");
        Objects.requireNonNull(orientation, "orientation");
    }

    /**
     * The type and orientation of a piece whose flat borders are the given sides of its photo.
     *
     * @throws IllegalArgumentException for flat sets no real piece has (opposite sides, three or four)
     */
    public static OrientedPieceType ofFlatEdges(Set<EdgePos> flatEdges) {
        PieceType type = PieceType.ofFlatCount(flatEdges.size());
        Set<EdgePos> canonical = switch (type) {
            case INNER -> EnumSet.noneOf(EdgePos.class);
            case EDGE -> EnumSet.of(EdgePos.TOP);
            case CORNER -> EnumSet.of(EdgePos.TOP, EdgePos.LEFT);
        };
        for (Orientation orientation : Orientation.values()) {
            if (canonical.equals(flatEdges)) {
                return new OrientedPieceType(type, orientation);
            }
            canonical = rotatedClockwise(canonical);
        }
        throw new IllegalArgumentException("flat borders " + flatEdges
                + " are on opposite sides: no piece of a rectangular puzzle looks like that");
    }

    private static Set<EdgePos> rotatedClockwise(Set<EdgePos> edges) {
        Set<EdgePos> rotated = EnumSet.noneOf(EdgePos.class);
        edges.forEach(edge -> rotated.add(edge.rotatedClockwise()));
        return rotated;
    }
}
