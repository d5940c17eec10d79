package snapfit.match;

import snapfit.model.Similarity;

/**
 * The edge score: how far apart two edges stay when one is laid on the other, in pixels (lower is
 * better). Two functions ({@link ScoreFunction}):
 *
 * <p>{@code PROCRUSTES}, for segments a and b of {@link EdgeFrames}:
 * <ol>
 *   <li>pair a's forward points with b's backward points by position along the edge (both are
 *       resampled evenly by arc length, so point i of each is the same fraction of the way along);</li>
 *   <li>find the motion that best lays one on the other: with both centred, the optimal rotation
 *       has the closed form of 2-D orthogonal Procrustes / Kabsch (Umeyama 1991,
 *       doi:10.1109/34.88573), clamped to {@link ScoreConfig#maxRotationDegrees} so that only the tilt
 *       that corner errors imply is forgiven; then the optimal uniform scale of the first edge, clamped to
 *       {@link ScoreConfig#scaleTolerance}, so that only what the sheets' calibration leaves is forgiven;</li>
 *   <li>each point's distance left is taken across the partner's curve, along its normal there, not to the paired
 *       point: a corner found a few pixels off slides every pairing along the edge, which on the straight parts is no
 *       misfit at all; distances beyond {@link ScoreConfig#huberPx} count linearly (Huber's loss), so a few samples
 *       where an outline went astray do not decide the score;</li>
 *   <li>the score is the square root of the mean loss, plus {@link ScoreConfig#lengthWeight} times the difference of
 *       the chord lengths, rounded to the {@link Similarity} grid.</li>
 * </ol>
 * On 30x50 seed 21 (low variety), sides as sub-pixel edges, inner top-1 with the paired-point RMS: 70.8%; across the
 * partner: 75.2% (length weight 0.1 for both); with Huber's loss and length weight 0.03: 82.7% (all three with an earlier
 * edge finder, the slope's peak; see {@link ScoreConfig}).
 * It is independent of how many contour points either edge had, and in pixels, so comparable between edges of
 * different lengths.
 *
 * <p>{@code ORIGINAL}, the Python seed's {@code SegmentMatcher.match_shape}, here on our resampled points
 * (the seed used raw contour points): the similarity transform (rotation, uniform scale, translation) that takes
 * segment 1's start and end onto segment 2's end and start; then segment 1's point i1, transformed, is paired
 * with segment 2's point {@code floor(i1 * n2 / n1)} and the score is the sum of their distances over
 * {@code max(n1, n2)}. With {@value EdgeFrames#N} points on both sides the pairing is index to index and the score
 * the mean distance. As in the seed, the scale hides any length difference, and the pairing runs forwards along
 * both segments although their end points were swapped, so point 0 of segment 1 (laid on segment 2's end) is
 * measured against segment 2's start. Kept only to compare figures with the seed.
 *
 * <p>Both are symmetric here because the lower segment number always plays segment 1 (a). Stateless; safe to
 * share between threads.
 */
final class EdgeScorer {

    private final EdgeFrames frames;
    private final ScoreFunction function;
    private final double lengthWeight;
    private final double maxLengthRatio;
    private final double cosLimit;
    private final double sinLimit;
    private final double minScale;
    private final double maxScale;
    private final double huberPx;

    EdgeScorer(EdgeFrames frames, ScoreConfig config) {
        this.frames = frames;
        this.function = config.function();
        this.lengthWeight = config.lengthWeight();
        this.maxLengthRatio = config.maxLengthRatio();
        this.cosLimit = Math.cos(Math.toRadians(config.maxRotationDegrees()));
        this.sinLimit = Math.sin(Math.toRadians(config.maxRotationDegrees()));
        this.minScale = 1 / (1 + config.scaleTolerance());
        this.maxScale = 1 + config.scaleTolerance();
        this.huberPx = config.huberPx();
    }

    /** Whether the pair is worth scoring: shapes that can interlock and chords of similar length. */
    boolean compatible(int a, int b) {
        if (!frames.shape[a].canMatch(frames.shape[b])) {
            return false;
        }
        float la = frames.chordLength[a];
        float lb = frames.chordLength[b];
        return Math.max(la, lb) <= maxLengthRatio * Math.min(la, lb);
    }

    /** The score of segments a and b; the same for (b, a). */
    float score(int a, int b) {
        int first = Math.min(a, b);
        int second = Math.max(a, b);
        return switch (function) {
            case PROCRUSTES -> procrustes(first, second);
            case ORIGINAL -> original(first, second);
        };
    }

    private float procrustes(int a, int b) {
        final int n = EdgeFrames.N;
        final float[] forward = frames.forward;
        final float[] backward = frames.backward;
        final float[] normal = frames.backwardNormal;
        int offsetA = a * 2 * n;
        int offsetB = b * 2 * n;
        double dot = 0;
        double cross = 0;
        for (int i = 0; i < 2 * n; i += 2) {
            float ax = forward[offsetA + i];
            float ay = forward[offsetA + i + 1];
            float bx = backward[offsetB + i];
            float by = backward[offsetB + i + 1];
            dot += ax * bx + ay * by;
            cross += ay * bx - ax * by;
        }
        // The rotation (cos, sin) that maximises the correlation, clamped to the limit.
        double magnitude = Math.hypot(dot, cross);
        double cos = 1;
        double sin = 0;
        if (magnitude > 0 && dot >= cosLimit * magnitude) {
            cos = dot / magnitude;
            sin = -cross / magnitude;
        } else if (magnitude > 0) {
            cos = cosLimit;
            sin = -Math.signum(cross) * sinLimit;
        }
        // |s R a - b|^2 is a parabola in s, least at (R a . b) / |a|^2; take the nearest allowed scale.
        double normA = frames.forwardNorm[a];
        double aligned = cos * dot - sin * cross;
        double scale = normA > 0 ? Math.min(maxScale, Math.max(minScale, aligned / normA)) : 1;
        double rc = scale * cos;
        double rs = scale * sin;
        double loss = 0;
        for (int i = 0; i < 2 * n; i += 2) {
            double ax = forward[offsetA + i];
            double ay = forward[offsetA + i + 1];
            double across = (rc * ax - rs * ay - backward[offsetB + i]) * normal[offsetB + i]
                    + (rs * ax + rc * ay - backward[offsetB + i + 1]) * normal[offsetB + i + 1];
            double size = Math.abs(across);
            loss += size <= huberPx ? across * across : huberPx * (2 * size - huberPx);
        }
        double lengthGap = Math.abs(frames.chordLength[a] - frames.chordLength[b]);
        return Similarity.quantize(Math.sqrt(loss / n) + lengthWeight * lengthGap);
    }

    private float original(int a, int b) {
        final int n = EdgeFrames.N;
        final float[] forward = frames.forward;
        int offsetA = a * 2 * n;
        int offsetB = b * 2 * n;
        // z -> scale * z + shift in complex numbers, taking a's start to b's end and a's end to b's start.
        double fromX = forward[offsetA + 2 * (n - 1)] - forward[offsetA];
        double fromY = forward[offsetA + 2 * (n - 1) + 1] - forward[offsetA + 1];
        double toX = forward[offsetB] - forward[offsetB + 2 * (n - 1)];
        double toY = forward[offsetB + 1] - forward[offsetB + 2 * (n - 1) + 1];
        double fromNorm = fromX * fromX + fromY * fromY;
        if (fromNorm == 0) {
            return Similarity.MAX;
        }
        double scaleX = (toX * fromX + toY * fromY) / fromNorm;
        double scaleY = (toY * fromX - toX * fromY) / fromNorm;
        double startX = forward[offsetA];
        double startY = forward[offsetA + 1];
        double shiftX = forward[offsetB + 2 * (n - 1)] - (scaleX * startX - scaleY * startY);
        double shiftY = forward[offsetB + 2 * (n - 1) + 1] - (scaleX * startY + scaleY * startX);
        double total = 0;
        for (int i = 0; i < 2 * n; i += 2) {
            double x = forward[offsetA + i];
            double y = forward[offsetA + i + 1];
            double dx = scaleX * x - scaleY * y + shiftX - forward[offsetB + i];
            double dy = scaleX * y + scaleY * x + shiftY - forward[offsetB + i + 1];
            total += Math.sqrt(dx * dx + dy * dy);
        }
        return Similarity.quantize(total / n);
    }
}
