package snapfit.analysis;

import org.knowm.xchart.style.XYStyler;

/**
 * Round axis bounds and a matching number format. XChart places x ticks starting at the axis minimum, so a
 * histogram starting at 0.00535... would get labels like {@code .005355834960938}; widening the axis to
 * multiples of a 1-2-5 step gives labels such as 0, 0.1, 0.2.
 */
final class NiceAxis {

    /** About this many tick intervals across the axis. */
    private static final int INTERVALS = 8;

    private NiceAxis() {
    }

    /** Sets the x axis of {@code styler} to cover [min, max] with round ends and labels. */
    static void applyToX(XYStyler styler, double min, double max) {
        double step = step(max - min);
        styler.setXAxisMin(Math.floor(min / step) * step);
        styler.setXAxisMax(Math.ceil(max / step) * step);
        styler.setXAxisDecimalPattern(pattern(step));
    }

    /** The 1, 2 or 5 times a power of ten closest above a span / {@value #INTERVALS}. */
    static double step(double span) {
        double raw = Math.max(span, 1e-12) / INTERVALS;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double mantissa = raw / power;
        return (mantissa <= 1 ? 1 : mantissa <= 2 ? 2 : mantissa <= 5 ? 5 : 10) * power;
    }

    /** A format showing as many decimals as the step needs, e.g. {@code 0.##} for 0.05. */
    static String pattern(double step) {
        int decimals = (int) Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
        return decimals == 0 ? "#,##0" : "0." + "#".repeat(decimals);
    }
}
