package snapfit.pipeline;

import java.util.Arrays;
import java.util.Set;
import snapfit.match.BestPartners;
import snapfit.match.MatchStats;
import snapfit.match.PieceMatcher;
import snapfit.model.PieceId;
import snapfit.store.MatchWriter;

/**
 * Matching that stores only the best {@code k} partners of each segment ({@link BestPartners}): a pair stays when
 * it is among the best k of either of its segments.
 *
 * <p>An incremental run gives the same store as a full one: every pair among an old segment's best k over the
 * old partners is stored (it is kept for that segment), so that segment's best k over all partners lie among its
 * stored pairs and its new ones. The run offers both, then adds the new pairs kept and removes the stored ones no
 * segment keeps any more.
 */
final class PrunedMatching {

    private PrunedMatching() {
    }

    /** Scores every pair and writes the kept ones. */
    static MatchStats full(PieceMatcher matcher, MatchWriter writer, int[] storeKeys, int k) {
        BestPartners best = new BestPartners(matcher.segmentCount(), k);
        MatchStats stats = matcher.matchAll(best);
        best.forEachKept((a, b, similarity) -> writer.add(storeKeys[a], storeKeys[b], similarity));
        return stats;
    }

    /** Scores the pairs with {@code fresh} pieces against the stored ones, then adds and removes pairs to match. */
    static MatchStats incremental(PieceMatcher matcher, Set<PieceId> fresh, MatchWriter writer, int[] storeKeys,
            int k) {
        int[] numberOfKey = numbersOfKeys(storeKeys);
        BestPartners best = new BestPartners(matcher.segmentCount(), k);
        long[] stored = storedPairs(writer, numberOfKey, best);
        MatchStats stats = matcher.matchIncremental(fresh, best);
        boolean[] stillKept = new boolean[stored.length];
        best.forEachKept((a, b, similarity) -> {
            int position = Arrays.binarySearch(stored, pairOf(a, b));
            if (position >= 0) {
                stillKept[position] = true;
            } else {
                writer.add(storeKeys[a], storeKeys[b], similarity);
            }
        });
        for (int i = 0; i < stored.length; i++) {
            if (!stillKept[i]) {
                writer.remove(storeKeys[(int) (stored[i] >>> 32)], storeKeys[(int) stored[i]]);
            }
        }
        return stats;
    }

    /** Offers every stored pair to {@code best} and returns them, as sorted {@link #pairOf} numbers. */
    private static long[] storedPairs(MatchWriter writer, int[] numberOfKey, BestPartners best) {
        PairList pairs = new PairList();
        writer.forEachStored((keyA, keyB, similarity) -> {
            int a = numberOf(numberOfKey, keyA);
            int b = numberOf(numberOfKey, keyB);
            best.offer(a, b, similarity);
            pairs.add(pairOf(Math.min(a, b), Math.max(a, b)));
        });
        return pairs.sorted();
    }

    private static int numberOf(int[] numberOfKey, int segmentKey) {
        if (segmentKey >= numberOfKey.length || numberOfKey[segmentKey] < 0) {
            throw new IllegalStateException("a stored match has segment key " + segmentKey
                    + ", which no piece being matched has");
        }
        return numberOfKey[segmentKey];
    }

    private static long pairOf(int a, int b) {
        return (long) a << 32 | b;
    }

    /** The matcher's number of each store segment key. */
    private static int[] numbersOfKeys(int[] storeKeys) {
        int[] numbers = new int[Arrays.stream(storeKeys).max().orElse(0) + 1];
        Arrays.fill(numbers, -1);
        for (int number = 0; number < storeKeys.length; number++) {
            numbers[storeKeys[number]] = number;
        }
        return numbers;
    }

    /** A growing list of pair numbers. */
    private static final class PairList {

        private long[] pairs = new long[1024];
        private int size;

        void add(long pair) {
            if (size == pairs.length) {
                pairs = Arrays.copyOf(pairs, 2 * size);
            }
            pairs[size++] = pair;
        }

        long[] sorted() {
            long[] sorted = Arrays.copyOf(pairs, size);
            Arrays.sort(sorted);
            return sorted;
        }
    }
}
