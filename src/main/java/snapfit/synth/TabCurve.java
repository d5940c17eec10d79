package snapfit.synth;

import java.util.SplittableRandom;

/**
 * The shape of one interior cut: a knob on a neck near the middle of the edge, plus a gentle wave
 * along the whole edge. Our own design, in a frame where the edge runs from u = 0 to u = 1 and v is
 * the distance toward the side the knob bulges into, both in units of the edge's length:
 *
 * <ol>
 *   <li>straight (but for the wave) from u = 0 to the left shoulder at {@code centre - leftWidth};</li>
 *   <li>a cubic Bézier from the shoulder up into the neck, meeting the round head tangentially at
 *       {@code leftJoin} radians from its lowest point;</li>
 *   <li>the head: a circle of {@code headRadius} about ({@code centre + headShift}, {@code headHeight}),
 *       traced over its top;</li>
 *   <li>the mirror of step 2 down to the right shoulder, then straight to u = 1.</li>
 * </ol>
 *
 * The wave {@code waveA sin(pi u) + waveB sin(2 pi u)} is added to v everywhere, so the corners stay put.
 * Parameter ranges (at the widest {@link Variety}) keep the knob within u 0.22..0.78 and v < 0.30 before the wave,
 * clear of the neighbouring sides' knobs.
 */
record TabCurve(
        double centre, double headShift, double headRadius, double headHeight,
        double leftWidth, double rightWidth, double leftJoin, double rightJoin,
        double shoulderPull, double neckPull, double waveA, double waveB) {

    /**
     * Draws the parameters of one cut around the template, always in the same order so a seed gives the same
     * puzzle; {@code spread} scales every range (1 as designed, below 1 for die-cut near-copies).
     */
    static TabCurve random(SplittableRandom random, double spread) {
        return new TabCurve(
                0.5 + RandomDraws.plusMinus(random, 0.05 * spread),
                RandomDraws.plusMinus(random, 0.012 * spread),
                0.105 + RandomDraws.plusMinus(random, 0.01 * spread),
                0.155 + RandomDraws.plusMinus(random, 0.012 * spread),
                0.17 + RandomDraws.plusMinus(random, 0.02 * spread),
                0.17 + RandomDraws.plusMinus(random, 0.02 * spread),
                Math.toRadians(40 + RandomDraws.plusMinus(random, 7 * spread)),
                Math.toRadians(40 + RandomDraws.plusMinus(random, 7 * spread)),
                0.07 + RandomDraws.plusMinus(random, 0.015 * spread),
                0.05 + RandomDraws.plusMinus(random, 0.01 * spread),
                RandomDraws.plusMinus(random, 0.012 * spread),
                RandomDraws.plusMinus(random, 0.008 * spread));
    }

    /**
     * The cut in the (u, v) frame, before the wave, sampled about every {@code step} edge lengths.
     * Points are appended to {@code out} as (u, v).
     */
    void sample(double step, PointList out) {
        double headX = centre + headShift;
        double leftJoinX = headX - headRadius * Math.sin(leftJoin);
        double leftJoinY = headHeight - headRadius * Math.cos(leftJoin);
        double rightJoinX = headX + headRadius * Math.sin(rightJoin);
        double rightJoinY = headHeight - headRadius * Math.cos(rightJoin);
        double leftShoulder = centre - leftWidth;
        double rightShoulder = centre + rightWidth;

        line(0, 0, leftShoulder, 0, step, out);
        bezier(leftShoulder, 0, leftShoulder + shoulderPull, 0,
                leftJoinX + neckPull * Math.cos(leftJoin), leftJoinY - neckPull * Math.sin(leftJoin),
                leftJoinX, leftJoinY, step, out);
        double sweep = 2 * Math.PI - leftJoin - rightJoin;
        int arcSteps = steps(headRadius * sweep, step);
        for (int i = 0; i < arcSteps; i++) {
            double angle = leftJoin + sweep * i / arcSteps;
            out.add(headX - headRadius * Math.sin(angle), headHeight - headRadius * Math.cos(angle));
        }
        bezier(rightJoinX, rightJoinY,
                rightJoinX - neckPull * Math.cos(rightJoin), rightJoinY - neckPull * Math.sin(rightJoin),
                rightShoulder - shoulderPull, 0, rightShoulder, 0, step, out);
        line(rightShoulder, 0, 1, 0, step, out);
        out.add(1, 0);
    }

    /** The wave's offset in v at position u along the edge. */
    double wave(double u) {
        return waveA * Math.sin(Math.PI * u) + waveB * Math.sin(2 * Math.PI * u);
    }

    /** Appends points from the start up to, not including, the end. */
    static void line(double x0, double y0, double x1, double y1, double step, PointList out) {
        int count = steps(Math.hypot(x1 - x0, y1 - y0), step);
        for (int i = 0; i < count; i++) {
            double t = (double) i / count;
            out.add(x0 + t * (x1 - x0), y0 + t * (y1 - y0));
        }
    }

    private static void bezier(double x0, double y0, double x1, double y1, double x2, double y2,
                               double x3, double y3, double step, PointList out) {
        // The control polygon is never shorter than the curve, so this spacing is at most one step.
        double length = Math.hypot(x1 - x0, y1 - y0) + Math.hypot(x2 - x1, y2 - y1) + Math.hypot(x3 - x2, y3 - y2);
        int count = steps(length, step);
        for (int i = 0; i < count; i++) {
            double t = (double) i / count;
            double a = (1 - t) * (1 - t) * (1 - t);
            double b = 3 * (1 - t) * (1 - t) * t;
            double c = 3 * (1 - t) * t * t;
            double d = t * t * t;
            out.add(a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3);
        }
    }

    private static int steps(double length, double step) {
        return Math.max(1, (int) Math.ceil(length / step));
    }
}
