package snapfit.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The four sides of a piece as they appear in its sheet photo. The declaration order is part of
 * the storage format: a segment's integer key in {@code dataset.db} is {@code pieceKey * 4 + ordinal()}.
 *
 * <p>Each side runs between two corners in contour order: left is top-left to bottom-left,
 * bottom is bottom-left to bottom-right, right is bottom-right to top-right, top is top-right to
 * top-left.
 */
public enum EdgePos {
    LEFT("left", CornerPos.TOP_LEFT, CornerPos.BOTTOM_LEFT),
    BOTTOM("bottom", CornerPos.BOTTOM_LEFT, CornerPos.BOTTOM_RIGHT),
    RIGHT("right", CornerPos.BOTTOM_RIGHT, CornerPos.TOP_RIGHT),
    TOP("top", CornerPos.TOP_RIGHT, CornerPos.TOP_LEFT);

    private final String value;
    private final CornerPos start;
    private final CornerPos end;

    EdgePos(String value, CornerPos start, CornerPos end) {
        this.value = value;
        this.start = start;
        this.end = end;
    }

    /** The lower-case name used in every file format and in segment id strings. */
    @JsonValue
    public String value() {
        return value;
    }

    /** The corner this side starts at, following the contour. */
    public CornerPos start() {
        return start;
    }

    /** The corner this side ends at, following the contour. */
    public CornerPos end() {
        return end;
    }

    /** The side a quarter turn clockwise from this one, as seen on screen (left becomes top). */
    public EdgePos rotatedClockwise() {
        return switch (this) {
            case LEFT -> TOP;
            case TOP -> RIGHT;
            case RIGHT -> BOTTOM;
            case BOTTOM -> LEFT;
        };
    }

    @JsonCreator
    public static EdgePos fromValue(String value) {
        for (EdgePos edge : values()) {
            if (edge.value.equals(value)) {
                return edge;
            }
        }
        throw new IllegalArgumentException(
                "unknown edge position '" + value + "': expected one of left, bottom, right, top");
    }
}
