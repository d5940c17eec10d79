package snapfit.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a piece's side looks like: a blank ({@code in}), a tab ({@code out}), a flat border or unclear. */
public enum SegmentShape {
    IN("in"),
    OUT("out"),
    EDGE("edge"),
    WEIRD("weird");

    private final String value;

    SegmentShape(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    /**
     * Whether two sides could interlock, by the seed's rules: a flat border never matches, a blank
     * fits a tab, an unclear side may fit anything that is not flat, two blanks or two tabs never fit.
     */
    public boolean canMatch(SegmentShape other) {
        if (this == EDGE || other == EDGE) {
            return false;
        }
        if (this == WEIRD || other == WEIRD) {
            return true;
        }
        return this != other;
    }

    @JsonCreator
    public static SegmentShape fromValue(String value) {
        for (SegmentShape shape : values()) {
            if (shape.value.equals(value)) {
                return shape;
            }
        }
        throw new IllegalArgumentException(
                "unknown segment shape '" + value + "': expected one of in, out, edge, weird");
    }
}
