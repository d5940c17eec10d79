package snapfit.vision;

/**
 * Fits the band displacement {@code v} of {@link CutEdgeBand} (sheet pixels, x right, y down): the {@code v}
 * minimising the sum of absolute residuals {@code |t - max(0, v · n)|} over the samples (thickness {@code t},
 * outward normal {@code n}), by grid search: 1 px steps over the square {@code |vx|, |vy| <= maxBand}, then
 * quarter-pixel steps within 1.5 px of the best. In each grid, scanned x-major, the first minimum wins.
 *
 * <p>Speed without changing the answer: the scan starts with a bound, the full sum at the grid point that fits
 * every {@value #GUESS_STRIDE}th sample best, and a candidate whose partial sum reaches the bound is dropped
 * (its terms are never negative, so it could no longer win). Only candidates whose sum exceeds one already
 * seen are dropped, so the winner is the same first minimum as a plain scan's, while most candidates stop
 * after a few hundred samples. Thread-safe: it keeps no state.
 */
final class BandFit {

    /** Every how many samples the first guess looks at. */
    static final int GUESS_STRIDE = 16;
    /** How many samples are summed between two drops of the candidates that can no longer win. */
    private static final int CHUNK = 64;

    private BandFit() {
    }

    /** A grid point and its sum of absolute residuals. */
    private record Candidate(double vx, double vy, double cost) {
    }

    /**
     * The {@code v} of least absolute deviation.
     *
     * @param count how many leading entries of the arrays are samples
     */
    static BandOffset fit(double[] normalsX, double[] normalsY, double[] thickness, int count, int maxBand) {
        Samples all = new Samples(normalsX, normalsY, thickness, count, 1);
        Candidate guess = new Samples(normalsX, normalsY, thickness, count, GUESS_STRIDE)
                .search(0, 0, maxBand, 1, Double.MAX_VALUE);
        double guessCost = all.cost(guess.vx(), guess.vy());
        Candidate coarse = all.search(0, 0, maxBand, 1, Math.nextUp(guessCost));
        Candidate fine = all.search(coarse.vx(), coarse.vy(), 1.5, 0.25, Math.nextUp(coarse.cost()));
        return new BandOffset(fine.vx(), fine.vy());
    }

    /** Every {@code stride}th of the first {@code count} samples. */
    private record Samples(double[] normalsX, double[] normalsY, double[] thickness, int count, int stride) {

        /**
         * The first grid point in scan order whose sum is the least of those below {@code bound}; the grid spans
         * {@code radius} around the centre in {@code step}s. A bound above the least sum does not change it.
         * Sums run over the samples in order for all candidates at once, {@value #CHUNK} samples at a time,
         * after which candidates whose sum reached the bound are dropped: each sum adds the same terms in the
         * same order as one candidate at a time would, and the inner loop runs over candidates, which the JIT
         * compiles to vector instructions.
         */
        Candidate search(double centerX, double centerY, double radius, double step, double bound) {
            int steps = (int) Math.round(radius / step);
            int total = (2 * steps + 1) * (2 * steps + 1);
            double[] xs = new double[total];
            double[] ys = new double[total];
            double[] costs = new double[total];
            int active = 0;
            for (int i = -steps; i <= steps; i++) {
                for (int j = -steps; j <= steps; j++) {
                    xs[active] = centerX + i * step;
                    ys[active] = centerY + j * step;
                    active++;
                }
            }
            for (int start = 0; start < count && active > 0; start += CHUNK * stride) {
                int end = Math.min(count, start + CHUNK * stride);
                for (int s = start; s < end; s += stride) {
                    double normalX = normalsX[s];
                    double normalY = normalsY[s];
                    double t = thickness[s];
                    for (int c = 0; c < active; c++) {
                        costs[c] += Math.abs(t - Math.max(0, xs[c] * normalX + ys[c] * normalY));
                    }
                }
                int kept = 0;
                for (int c = 0; c < active; c++) {
                    if (costs[c] < bound) {
                        xs[kept] = xs[c];
                        ys[kept] = ys[c];
                        costs[kept] = costs[c];
                        kept++;
                    }
                }
                active = kept;
            }
            Candidate best = new Candidate(centerX, centerY, bound);
            for (int c = 0; c < active; c++) {
                if (costs[c] < best.cost()) {
                    best = new Candidate(xs[c], ys[c], costs[c]);
                }
            }
            return best;
        }

        /** The sum of absolute residuals at {@code (vx, vy)}. */
        double cost(double vx, double vy) {
            double cost = 0;
            for (int s = 0; s < count; s += stride) {
                cost += Math.abs(thickness[s] - Math.max(0, vx * normalsX[s] + vy * normalsY[s]));
            }
            return cost;
        }
    }
}
