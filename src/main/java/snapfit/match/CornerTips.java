package snapfit.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import snapfit.model.EdgePos;
import snapfit.model.SegmentId;
import snapfit.puzzle.Segment;

/**
 * Moves each side's end samples onto the piece's sub-pixel corners: where its two sides would cross if each ran on
 * straight from just beside the corner.
 *
 * <p>A side starts and ends at outline points, and the outline rounds every corner's tip (blur, threshold, the die's
 * own radius), so those points lie a pixel or two inside the corner, by a different amount on each piece. Measured on
 * 30x50 seed 21 (low variety, top-down), true partners' end samples lay 2.2 px apart across their cut on average,
 * against 0.3 px for the samples next to them. Those few pixels also reach the chord lengths, which tell die-cut
 * near-duplicates apart. Here a total-least-squares line is fitted through samples {@value #FIRST_FIT_SAMPLE} to
 * {@value #LAST_FIT_SAMPLE} of each side from the corner (about 2-10% of the side, past the rounding and short of
 * any knob), and the two lines' crossing becomes both sides' end sample. Then the ends lie 0.3 px apart, and inner
 * top-1 on seed 21 rose from 93.3% to 96.8% (no scale freedom, length weight 0.03, same photos). The calibration
 * measures its chords between the tips too ({@link CalibrationRefinement}): on 30x50 seed 201 (low variety, scale ±8%,
 * tilt 5 degrees) inner top-1 rose from 85.8% to 92.6% (length weight 0.03, tolerance 1%).
 *
 * <p>A corner is moved only when both its sides are in the list and end at the same point, the sides meet at 17
 * degrees or more, and the crossing lies within one sample spacing of the corner; otherwise the sides keep their ends.
 * Stateless.
 */
final class CornerTips {

    static final int FIRST_FIT_SAMPLE = 1;
    static final int LAST_FIT_SAMPLE = 6;
    /** Sides meeting at a smaller sine (17 degrees) cross too far along their own noise to place a corner. */
    private static final double MIN_SINE = 0.3;
    /** Ends of two sides this close (px) are the same corner. */
    private static final double SAME_POINT_PX = 1e-3;

    private CornerTips() {
    }

    /** The segments, in the same order, with the ends of every piece's complete corners moved onto their tips. */
    static List<Segment> of(List<Segment> segments) {
        int n = Segment.SAMPLES;
        Map<SegmentId, Integer> indexOf = new HashMap<>();
        float[][] xs = new float[segments.size()][];
        float[][] ys = new float[segments.size()][];
        for (int s = 0; s < segments.size(); s++) {
            Segment segment = segments.get(s);
            indexOf.put(segment.id(), s);
            xs[s] = new float[n];
            ys[s] = new float[n];
            for (int i = 0; i < n; i++) {
                xs[s][i] = segment.x(i);
                ys[s][i] = segment.y(i);
            }
        }
        for (int s = 0; s < segments.size(); s++) {
            Segment ending = segments.get(s);
            Integer next = indexOf.get(new SegmentId(ending.id().pieceId(), startingAt(ending.id().edgePos())));
            if (next != null) {
                moveCorner(ending, segments.get(next), xs[s], ys[s], xs[next], ys[next]);
            }
        }
        List<Segment> tipped = new ArrayList<>(segments.size());
        for (int s = 0; s < segments.size(); s++) {
            Segment segment = segments.get(s);
            tipped.add(Segment.ofSamples(segment.id(), segment.shape(), xs[s], ys[s], segment.arcLength()));
        }
        return tipped;
    }

    /** The side that starts at the corner where {@code edge} ends, following the contour. */
    private static EdgePos startingAt(EdgePos edge) {
        for (EdgePos candidate : EdgePos.values()) {
            if (candidate.start() == edge.end()) {
                return candidate;
            }
        }
        throw new IllegalStateException("no side starts where " + edge + " ends");
    }

    /** Moves the corner between {@code ending}'s last sample and {@code starting}'s first, in the sample arrays. */
    private static void moveCorner(Segment ending, Segment starting, float[] endXs, float[] endYs, float[] startXs,
            float[] startYs) {
        int last = Segment.SAMPLES - 1;
        double cornerX = ending.x(last);
        double cornerY = ending.y(last);
        if (Math.hypot(starting.x(0) - cornerX, starting.y(0) - cornerY) > SAME_POINT_PX) {
            return;
        }
        Line before = Line.through(ending, last - LAST_FIT_SAMPLE, last - FIRST_FIT_SAMPLE);
        Line after = Line.through(starting, FIRST_FIT_SAMPLE, LAST_FIT_SAMPLE);
        double sine = before.dx() * after.dy() - before.dy() * after.dx();
        if (Math.abs(sine) < MIN_SINE) {
            return;
        }
        // The crossing c = before.centre + t * before.direction, with (c - after.centre) x after.direction = 0.
        double t = ((after.x() - before.x()) * after.dy() - (after.y() - before.y()) * after.dx()) / sine;
        double tipX = before.x() + t * before.dx();
        double tipY = before.y() + t * before.dy();
        double spacing = Math.min(ending.arcLength(), starting.arcLength()) / last;
        if (!(Math.hypot(tipX - cornerX, tipY - cornerY) <= spacing)) {
            return;
        }
        endXs[last] = (float) tipX;
        endYs[last] = (float) tipY;
        startXs[0] = (float) tipX;
        startYs[0] = (float) tipY;
    }

    /** A line through a centre point along a unit direction. */
    private record Line(double x, double y, double dx, double dy) {

        /** The total-least-squares line through samples {@code first} to {@code last} (inclusive) of a segment. */
        static Line through(Segment segment, int first, int last) {
            int count = last - first + 1;
            double meanX = 0;
            double meanY = 0;
            for (int i = first; i <= last; i++) {
                meanX += segment.x(i);
                meanY += segment.y(i);
            }
            meanX /= count;
            meanY /= count;
            double xx = 0;
            double yy = 0;
            double xy = 0;
            for (int i = first; i <= last; i++) {
                double u = segment.x(i) - meanX;
                double v = segment.y(i) - meanY;
                xx += u * u;
                yy += v * v;
                xy += u * v;
            }
            double angle = 0.5 * Math.atan2(2 * xy, xx - yy);
            return new Line(meanX, meanY, Math.cos(angle), Math.sin(angle));
        }
    }
}
