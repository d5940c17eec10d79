package snapfit.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A clockwise rotation, in whole quarter turns, of a piece from its canonical pose. */
public enum Orientation {
    DEG_0(0),
    DEG_90(90),
    DEG_180(180),
    DEG_270(270);

    private final int degrees;

    Orientation(int degrees) {
        this.degrees = degrees;
    }

    /** The clockwise rotation in degrees, as stored in {@code metadata.json}. */
    @JsonValue
    public int degrees() {
        return degrees;
    }

    @JsonCreator
    public static Orientation ofDegrees(int degrees) {
        for (Orientation orientation : values()) {
            if (orientation.degrees == degrees) {
                return orientation;
            }
        }
        throw new IllegalArgumentException(
                "unknown orientation " + degrees + " degrees: expected 0, 90, 180 or 270");
    }
}
