package snapfit.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The four corners of a piece as they appear in its sheet photo, in contour order. */
public enum CornerPos {
    TOP_LEFT("top_left"),
    BOTTOM_LEFT("bottom_left"),
    BOTTOM_RIGHT("bottom_right"),
    TOP_RIGHT("top_right");

    private final String value;

    CornerPos(String value) {
        this.value = value;
    }

    /** The snake_case name used in {@code metadata.json} and {@code *_corners.json}. */
    @JsonValue
    public String value() {
        return value;
    }

    @JsonCreator
    public static CornerPos fromValue(String value) {
        for (CornerPos corner : values()) {
            if (corner.value.equals(value)) {
                return corner;
            }
        }
        throw new IllegalArgumentException("unknown corner '" + value
                + "': expected one of top_left, bottom_left, bottom_right, top_right");
    }
}
