package snapfit.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where a piece sits in the finished puzzle, decided by how many flat borders it has. */
public enum PieceType {
    INNER(0),
    EDGE(1),
    CORNER(2);

    private final int code;

    PieceType(int code) {
        this.code = code;
    }

    /** The number stored in {@code metadata.json} ({@code piece_type}). */
    @JsonValue
    public int code() {
        return code;
    }

    /** The type of a piece with this many flat borders: 0 inner, 1 edge, 2 corner. */
    public static PieceType ofFlatCount(int flatCount) {
        return switch (flatCount) {
            case 0 -> INNER;
            case 1 -> EDGE;
            case 2 -> CORNER;
            default -> throw new IllegalArgumentException(
                    "a piece with " + flatCount + " flat borders has no type: expected 0, 1 or 2");
        };
    }

    @JsonCreator
    public static PieceType fromCode(int code) {
        for (PieceType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        throw new IllegalArgumentException(
                "unknown piece type " + code + ": expected 0 (inner), 1 (edge) or 2 (corner)");
    }
}
