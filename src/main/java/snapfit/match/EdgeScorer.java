package snapfit.match;

import snapfit.model.Similarity;

/**
 * The edge score: how far apart two edges stay when one is laid on the other, in pixels (lower is
 * better).
 *
 * <p>Steps, for segments a and b of {@link EdgeFrames}:
 * <ol>
 *   <li>pair a's forward points with b's backward points by position along the edge (both are
 *       resampled evenly by arc length, so point i of each is the same fraction of the way along);</li>
 *   <li>find the rigid motion that best lays one on the other: with both centred, the optimal rotation
 *       has the closed form of 2-D orthogonal Procrustes / Kabsch (Umeyama 1991,
 *       doi:10.1109/34.88573), clamped to {@link ScoreConfig#maxRotationDegrees} so that only the tilt
 *       that corner errors imply is forgiven;</li>
 *   <li>the score is the root-mean-square distance left, plus {@link ScoreConfig#lengthWeight} times the
 *       difference of the chord lengths, rounded to the {@link Similarity} grid.</li>
 * </ol>
 * The score is symmetric by construction (the lower segment number always plays "a"), independent of
 * how many contour points either edge had, and in pixels, so comparable between edges of different
 * lengths. Stateless; safe to share between threads.
 */
final class EdgeScorer {

    private final EdgeFrames frames;
    private final double lengthWeight;
    private final double maxLengthRatio;
    private final double cosLimit;
    private final double sinLimit;

    EdgeScorer(EdgeFrames frames, ScoreConfig config) {
        this.frames = frames;
        this.lengthWeight = config.lengthWeight();
        this.maxLengthRatio = config.maxLengthRatio();
        this.cosLimit = Math.cos(Math.toRadians(config.maxRotationDegrees()));
        this.sinLimit = Math.sin(Math.toRadians(config.maxRotationDegrees()));
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
        return a <= b ? orderedScore(a, b) : orderedScore(b, a);
    }

    private float orderedScore(int a, int b) {
        final int n = EdgeFrames.N;
        final float[] forward = frames.forward;
        final float[] backward = frames.backward;
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
        double aligned = alignedCorrelation(dot, cross);
        double residual = frames.forwardNorm[a] + frames.backwardNorm[b] - 2 * aligned;
        double rms = Math.sqrt(Math.max(0, residual) / n);
        double lengthGap = Math.abs(frames.chordLength[a] - frames.chordLength[b]);
        return Similarity.quantize(rms + lengthWeight * lengthGap);
    }

    /**
     * max over allowed rotations t of {@code cos(t) * dot + sin(t) * cross}: the unconstrained optimum
     * {@code hypot(dot, cross)} when its angle lies within the limit, else the value at the limit.
     */
    private double alignedCorrelation(double dot, double cross) {
        double magnitude = Math.hypot(dot, cross);
        if (magnitude == 0 || dot >= cosLimit * magnitude) {
            return magnitude;
        }
        return cosLimit * dot + sinLimit * Math.abs(cross);
    }
}
