package snapfit.match;

import java.util.List;
import snapfit.model.SegmentShape;
import snapfit.puzzle.Segment;

/**
 * Every segment of a puzzle, prepared once for scoring, in flat primitive arrays indexed by segment
 * number (the position in the list given), its ends first moved onto the piece's sub-pixel corners
 * ({@link CornerTips}). For each segment it holds:
 * <ul>
 *   <li>its points in its chord frame (start corner at the origin, end corner on the positive x
 *       axis), centred on their mean: the segment as "this side";</li>
 *   <li>the same curve walked backwards, seen from the partner's side: its chord frame turned half a
 *       turn about the chord's midpoint, so point i is {@code (L - x[n-1-i], -y[n-1-i])}, also centred;</li>
 *   <li>the unit normal of the backward curve at each point, from its neighbours (one-sided at the ends);</li>
 *   <li>the squared norms of both, the chord length and the shape.</li>
 * </ul>
 * A true partner walks the shared cut in the opposite direction, so its forward points coincide with
 * this segment's backward points up to a small rigid motion. Immutable after construction; safe to
 * share between threads.
 */
final class EdgeFrames {

    static final int N = Segment.SAMPLES;

    final int count;
    final float[] forward;
    final float[] backward;
    final float[] backwardNormal;
    final double[] forwardNorm;
    final double[] backwardNorm;
    final float[] chordLength;
    final SegmentShape[] shape;

    EdgeFrames(List<Segment> segments) {
        count = segments.size();
        forward = new float[count * 2 * N];
        backward = new float[count * 2 * N];
        backwardNormal = new float[count * 2 * N];
        forwardNorm = new double[count];
        backwardNorm = new double[count];
        chordLength = new float[count];
        shape = new SegmentShape[count];
        List<Segment> tipped = CornerTips.of(segments);
        for (int s = 0; s < count; s++) {
            prepare(s, tipped.get(s));
        }
    }

    private void prepare(int s, Segment segment) {
        double x0 = segment.x(0);
        double y0 = segment.y(0);
        double dx = segment.x(N - 1) - x0;
        double dy = segment.y(N - 1) - y0;
        double length = Math.hypot(dx, dy);
        double cos = length > 0 ? dx / length : 1;
        double sin = length > 0 ? dy / length : 0;
        double[] xs = new double[N];
        double[] ys = new double[N];
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < N; i++) {
            double px = segment.x(i) - x0;
            double py = segment.y(i) - y0;
            xs[i] = px * cos + py * sin;
            ys[i] = -px * sin + py * cos;
            meanX += xs[i];
            meanY += ys[i];
        }
        meanX /= N;
        meanY /= N;
        int base = s * 2 * N;
        double normF = 0;
        double normB = 0;
        for (int i = 0; i < N; i++) {
            float fx = (float) (xs[i] - meanX);
            float fy = (float) (ys[i] - meanY);
            // Backward: (L - x, -y) of the mirrored index, centred; its mean is (L - meanX, -meanY).
            float bx = (float) (meanX - xs[N - 1 - i]);
            float by = (float) (meanY - ys[N - 1 - i]);
            forward[base + 2 * i] = fx;
            forward[base + 2 * i + 1] = fy;
            backward[base + 2 * i] = bx;
            backward[base + 2 * i + 1] = by;
            normF += (double) fx * fx + (double) fy * fy;
            normB += (double) bx * bx + (double) by * by;
        }
        for (int i = 0; i < N; i++) {
            int before = base + 2 * Math.max(0, i - 1);
            int after = base + 2 * Math.min(N - 1, i + 1);
            double tx = backward[after] - backward[before];
            double ty = backward[after + 1] - backward[before + 1];
            double tangent = Math.hypot(tx, ty);
            backwardNormal[base + 2 * i] = tangent > 0 ? (float) (-ty / tangent) : 0;
            backwardNormal[base + 2 * i + 1] = tangent > 0 ? (float) (tx / tangent) : 0;
        }
        forwardNorm[s] = normF;
        backwardNorm[s] = normB;
        chordLength[s] = (float) length;
        shape[s] = segment.shape();
    }
}
