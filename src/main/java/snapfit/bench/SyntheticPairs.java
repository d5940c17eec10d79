package snapfit.bench;

import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import snapfit.model.EdgePos;
import snapfit.model.PieceRecord;
import snapfit.model.SegmentShape;
import snapfit.store.PieceKeys;

/**
 * The pairs {@link StoreBenchmark} writes: {@code count} of the pairs of a tab and a blank on two
 * different pieces, drawn uniformly by Knuth's selection sampling (TAOCP vol. 2, 3.4.2, algorithm S),
 * without ever holding them all; ordered by larger segment key, then smaller, as the matcher hands them over.
 */
final class SyntheticPairs {

    /** Receives one pair of segment keys, the smaller first. */
    @FunctionalInterface
    interface PairConsumer {
        void accept(int segmentKeyA, int segmentKeyB);
    }

    private static final int EDGES = EdgePos.values().length;
    private static final int REMEMBERED = 1024;
    private static final long PROGRESS_EVERY = 1_000_000;

    /** Segment keys in ascending order, and the shape of each. */
    private final int[] segmentKeys;
    private final SegmentShape[] shapes;
    private final long candidates;
    private final int count;
    private final long seed;
    private final int[][] remembered = new int[REMEMBERED][];
    private int rememberedCount;

    SyntheticPairs(PieceKeys keys, List<PieceRecord> pieces, int count, SplittableRandom random) {
        List<PieceRecord> byKey = pieces.stream()
                .sorted(Comparator.comparingInt(piece -> keys.keyOf(piece.pieceId()))).toList();
        segmentKeys = new int[byKey.size() * EDGES];
        shapes = new SegmentShape[segmentKeys.length];
        for (int i = 0; i < byKey.size(); i++) {
            for (EdgePos edge : EdgePos.values()) {
                segmentKeys[i * EDGES + edge.ordinal()] = keys.keyOf(byKey.get(i).pieceId()) * EDGES + edge.ordinal();
                shapes[i * EDGES + edge.ordinal()] = byKey.get(i).segmentShapes().get(edge);
            }
        }
        candidates = countCandidates();
        if (candidates < count) {
            throw new IllegalArgumentException(pieces.size() + " pieces give only " + candidates
                    + " plausible pairs, fewer than the " + count + " matches asked for; use more pieces");
        }
        this.count = count;
        this.seed = random.nextLong();
    }

    /** Hands every drawn pair to {@code consumer}, and the running total to {@code progress} every million. */
    void forEach(PairConsumer consumer, LongConsumer progress) {
        SplittableRandom random = new SplittableRandom(seed);
        long seen = 0;
        long selected = 0;
        for (int j = 0; j < segmentKeys.length && selected < count; j++) {
            for (int i = 0; i < j / EDGES * EDGES && selected < count; i++) {
                if (!shapes[i].canMatch(shapes[j])) {
                    continue;
                }
                if (random.nextDouble() * (candidates - seen) < count - selected) {
                    consumer.accept(segmentKeys[i], segmentKeys[j]);
                    remember(segmentKeys[i], segmentKeys[j], selected, random);
                    if (++selected % PROGRESS_EVERY == 0) {
                        progress.accept(selected);
                    }
                }
                seen++;
            }
        }
    }

    int randomSegmentKey(SplittableRandom random) {
        return segmentKeys[random.nextInt(segmentKeys.length)];
    }

    /** One of the pairs {@link #forEach} handed out, drawn uniformly. */
    int[] randomWrittenPair(SplittableRandom random) {
        if (rememberedCount == 0) {
            throw new IllegalStateException("no pairs drawn yet: call forEach first");
        }
        return remembered[random.nextInt(rememberedCount)].clone();
    }

    /** Reservoir sampling (Vitter's algorithm R) of the drawn pairs. */
    private void remember(int a, int b, long index, SplittableRandom random) {
        long slot = index < REMEMBERED ? index : random.nextLong(index + 1);
        if (slot < REMEMBERED) {
            remembered[(int) slot] = new int[] {a, b};
            rememberedCount = (int) Math.min(REMEMBERED, index + 1);
        }
    }

    private long countCandidates() {
        long total = 0;
        for (int i = 0; i < segmentKeys.length; i++) {
            for (int j = (i / EDGES + 1) * EDGES; j < segmentKeys.length; j++) {
                if (shapes[i].canMatch(shapes[j])) {
                    total++;
                }
            }
        }
        return total;
    }
}
