package snapfit.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Where a piece's four corners lie on its contour: indices into the contour's points, as
 * {@code contours/{sheet}_corners.json} stores them.
 */
@JsonPropertyOrder({"top_left", "bottom_left", "bottom_right", "top_right"})
public record CornerIndices(
        @JsonProperty("top_left") int topLeft,
        @JsonProperty("bottom_left") int bottomLeft,
        @JsonProperty("bottom_right") int bottomRight,
        @JsonProperty("top_right") int topRight) {

    public CornerIndices {
        for (int index : new int[] {topLeft, bottomLeft, bottomRight, topRight}) {
            if (index < 0) {
                throw new IllegalArgumentException("corner index " + index + " is negative: indices start at 0");
            }
        }
    }

    /** From four indices in {@link CornerPos} order: top-left, bottom-left, bottom-right, top-right. */
    public static CornerIndices of(int[] indices) {
        if (indices.length != CornerPos.values().length) {
            throw new IllegalArgumentException("expected 4 corner indices in CornerPos order but got " + indices.length);
        }
        return new CornerIndices(indices[0], indices[1], indices[2], indices[3]);
    }

    public int get(CornerPos corner) {
        return switch (corner) {
            case TOP_LEFT -> topLeft;
            case BOTTOM_LEFT -> bottomLeft;
            case BOTTOM_RIGHT -> bottomRight;
            case TOP_RIGHT -> topRight;
        };
    }

    /** The four indices in {@link CornerPos} order, a fresh array. */
    public int[] toArray() {
        return new int[] {topLeft, bottomLeft, bottomRight, topRight};
    }
}
