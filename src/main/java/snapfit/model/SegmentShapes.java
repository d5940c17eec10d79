package snapfit.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** The shape of each side of a piece, named as the sides appear in the photo. */
@JsonPropertyOrder({"left", "bottom", "right", "top"})
public record SegmentShapes(
        @JsonProperty("left") SegmentShape left,
        @JsonProperty("bottom") SegmentShape bottom,
        @JsonProperty("right") SegmentShape right,
        @JsonProperty("top") SegmentShape top) {

    public SegmentShapes {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(bottom, "bottom");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(top, "top");
    }

    public SegmentShape get(EdgePos edge) {
        return switch (edge) {
            case LEFT -> left;
            case BOTTOM -> bottom;
            case RIGHT -> right;
            case TOP -> top;
        };
    }

    /** The sides whose shape is {@link SegmentShape#EDGE}, in {@link EdgePos} order. */
    public Set<EdgePos> flatEdges() {
        Set<EdgePos> flats = EnumSet.noneOf(EdgePos.class);
        for (EdgePos edge : EdgePos.values()) {
            if (get(edge) == SegmentShape.EDGE) {
                flats.add(edge);
            }
        }
        return flats;
    }
}
