package snapfit.solve;

import java.util.Arrays;
import snapfit.match.BestPartners;

/**
 * Normalised costs of putting two sides together, from the stored similarities: a pair's similarity divided by
 * the mean of its two sides' second-best similarities, so 1 means "as good as what else each side could take"
 * and a clear fit scores well below 1 (Paikin &amp; Tal 2015 normalise by the second best in the same spirit).
 * Keeps each side's best {@code k} partners, best first; a pair outside both lists costs as much as the worse of
 * the two sides' last kept partner, a bound below its true score. Sides are numbered as {@link PuzzleSides}'s.
 *
 * <p>Memory: 8 bytes per kept partner (6,000 sides and k = 24: 1.2 MB) plus a table of the kept pairs. Immutable
 * once built.
 */
final class PairCosts {

    /** The cost of a side that has no scored partner at all (a flat border, or another puzzle's piece). */
    static final float UNSCORED = 4f;
    private static final double PLAUSIBLE_QUANTILE = 0.95;
    private static final float PLAUSIBLE_FACTOR = 1.5f;

    private final int k;
    private final int[] partners;
    private final float[] costs;
    private final int[] counts;
    private final float[] floor;
    private final PairTable pairs;
    private final PairTable rawPairs;
    /** A similarity that true neighbours rarely exceed: a high quantile of the best buddies' similarities. */
    private float plausibleLimit = Float.MAX_VALUE;

    private PairCosts(int sides, int k) {
        this.k = k;
        this.partners = new int[sides * k];
        this.costs = new float[sides * k];
        this.counts = new int[sides];
        this.floor = new float[sides];
        this.pairs = new PairTable(sides * k);
        this.rawPairs = new PairTable(sides * k);
    }

    /** Builds the costs from every scored pair, which {@code best} was offered. */
    static PairCosts of(BestPartners best, int sides, int k) {
        PairCosts result = new PairCosts(sides, k);
        float[] raw = new float[sides * k];
        for (int side = 0; side < sides; side++) {
            int base = side * k;
            best.forEachPartnerOf(side, (a, b, similarity) -> {
                int slot = base + result.counts[a]++;
                result.partners[slot] = b;
                raw[slot] = similarity;
            });
        }
        float[] norm = new float[sides];
        for (int side = 0; side < sides; side++) {
            int count = result.counts[side];
            norm[side] = count == 0 ? 1 : Math.max(raw[side * k + Math.min(1, count - 1)], 1e-6f);
        }
        for (int side = 0; side < sides; side++) {
            int count = result.counts[side];
            for (int slot = side * k; slot < side * k + count; slot++) {
                int partner = result.partners[slot];
                float cost = 2 * raw[slot] / (norm[side] + norm[partner]);
                result.costs[slot] = Math.min(cost, UNSCORED);
                result.pairs.put(side, partner, result.costs[slot]);
                result.rawPairs.put(side, partner, raw[slot]);
            }
            result.floor[side] = count < k ? UNSCORED : result.costs[side * k + count - 1];
        }
        result.plausibleLimit = result.buddyQuantile(raw, PLAUSIBLE_QUANTILE) * PLAUSIBLE_FACTOR;
        return result;
    }

    private float buddyQuantile(float[] raw, double quantile) {
        float[] buddies = new float[counts.length];
        int n = 0;
        for (int side = 0; side < counts.length; side++) {
            if (counts[side] > 0 && partners[side * k] > side && bestBuddies(side, partners[side * k])) {
                buddies[n++] = raw[side * k];
            }
        }
        if (n == 0) {
            return Float.MAX_VALUE;
        }
        Arrays.sort(buddies, 0, n);
        return buddies[Math.min(n - 1, (int) (quantile * n))];
    }

    /**
     * Whether sides {@code a} and {@code b} could be true neighbours by their similarity alone: scored, and not far
     * worse than what best buddies score. Telling pieces of another puzzle needs this absolute scale, which the
     * normalised cost hides where a piece's true neighbour is missing.
     */
    boolean plausible(int a, int b) {
        float raw = rawPairs.get(a, b);
        return !Float.isNaN(raw) && raw <= plausibleLimit;
    }

    /** The cost of joining sides {@code a} and {@code b}. */
    float cost(int a, int b) {
        float stored = pairs.get(a, b);
        return Float.isNaN(stored) ? Math.max(floor[a], floor[b]) : stored;
    }

    int partnerCount(int side) {
        return counts[side];
    }

    /** The {@code rank}-th best partner of {@code side}, from 0. */
    int partner(int side, int rank) {
        return partners[side * k + rank];
    }

    /** Whether {@code a} and {@code b} are each other's best partner ("best buddies", Pomeranz et al. 2011). */
    boolean bestBuddies(int a, int b) {
        return counts[a] > 0 && counts[b] > 0 && partners[a * k] == b && partners[b * k] == a;
    }

    /** Open addressing from an unordered pair of sides to its cost; NaN for a pair not held. */
    private static final class PairTable {
        private final long[] keys;
        private final float[] values;
        private final int mask;

        PairTable(int expected) {
            int capacity = Integer.highestOneBit(Math.max(4, expected) * 2) * 2;
            keys = new long[capacity];
            values = new float[capacity];
            mask = capacity - 1;
            Arrays.fill(keys, -1);
        }

        void put(int a, int b, float value) {
            long key = key(a, b);
            int slot = slot(key);
            while (keys[slot] != -1 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = value;
        }

        float get(int a, int b) {
            long key = key(a, b);
            for (int slot = slot(key); keys[slot] != -1; slot = (slot + 1) & mask) {
                if (keys[slot] == key) {
                    return values[slot];
                }
            }
            return Float.NaN;
        }

        private static long key(int a, int b) {
            return (long) Math.min(a, b) << 32 | Math.max(a, b);
        }

        private int slot(long key) {
            return (int) (Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask);
        }
    }
}
