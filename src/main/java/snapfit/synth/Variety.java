package snapfit.synth;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * How much the cuts of one puzzle differ from each other. Commercial puzzles are cut with one die, so
 * their knobs are near-copies of one template on a near-regular grid: at 1,500 pieces many edges are
 * near-duplicates, which is what makes matching hard. {@link #NORMAL} is the generator's original spread.
 *
 * @param spread   factor on every knob parameter's random range around the template ({@link TabCurve})
 * @param jitterPx how far each grid point may move from the regular grid, in px, in x and in y
 */
public enum Variety {

    /** One die: knob ranges at half the normal ones, grid points within 12 px. */
    LOW(0.5, 12),
    /** Knobs and grid as the generator always drew them. */
    NORMAL(1, 25),
    /** Hand-cut look: knob ranges at 150%, grid points within 35 px. */
    HIGH(1.5, 35);

    private final double spread;
    private final double jitterPx;

    Variety(double spread, double jitterPx) {
        this.spread = spread;
        this.jitterPx = jitterPx;
    }

    double spread() {
        return spread;
    }

    double jitterPx() {
        return jitterPx;
    }

    /** The lower-case name used on the command line and in {@code truth.json}. */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The variety with this name, ignoring case.
     *
     * @throws IllegalArgumentException for any other name, listing the valid ones
     */
    @JsonCreator
    public static Variety byName(String name) {
        for (Variety variety : values()) {
            if (variety.name().equalsIgnoreCase(name.strip())) {
                return variety;
            }
        }
        throw new IllegalArgumentException("variety '" + name + "' is unknown; use one of "
                + Arrays.stream(values()).map(Variety::value).toList());
    }
}
