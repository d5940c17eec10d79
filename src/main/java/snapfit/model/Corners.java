package snapfit.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/** A piece's four corners in sheet pixels, named as they appear in the photo. */
@JsonPropertyOrder({"top_left", "bottom_left", "bottom_right", "top_right"})
public record Corners(
        @JsonProperty("top_left") PixelPoint topLeft,
        @JsonProperty("bottom_left") PixelPoint bottomLeft,
        @JsonProperty("bottom_right") PixelPoint bottomRight,
        @JsonProperty("top_right") PixelPoint topRight) {

    public Corners {
        Objects.requireNonNull(topLeft, "top_left");
        Objects.requireNonNull(bottomLeft, "bottom_left");
        Objects.requireNonNull(bottomRight, "bottom_right");
        Objects.requireNonNull(topRight, "top_right");
    }

    public PixelPoint get(CornerPos corner) {
        return switch (corner) {
            case TOP_LEFT -> topLeft;
            case BOTTOM_LEFT -> bottomLeft;
            case BOTTOM_RIGHT -> bottomRight;
            case TOP_RIGHT -> topRight;
        };
    }
}
