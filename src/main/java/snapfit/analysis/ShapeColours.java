package snapfit.analysis;

import java.awt.Color;
import snapfit.model.SegmentShape;

/**
 * The colour of each segment shape in overlays, from the Okabe-Ito palette so that people with the
 * common forms of colour blindness can still tell the four apart.
 */
public final class ShapeColours {

    private ShapeColours() {
    }

    /** The colour a side of this shape is drawn in. */
    public static Color of(SegmentShape shape) {
        return switch (shape) {
            case IN -> new Color(0x0072B2);
            case OUT -> new Color(0xD55E00);
            case EDGE -> new Color(0x009E73);
            case WEIRD -> new Color(0xCC79A7);
        };
    }

    /** The legend text for a shape, e.g. {@code in (blank)}. */
    static String legendLabel(SegmentShape shape) {
        return shape.value() + switch (shape) {
            case IN -> " (blank)";
            case OUT -> " (tab)";
            case EDGE -> " (flat border)";
            case WEIRD -> " (unclear)";
        };
    }
}
