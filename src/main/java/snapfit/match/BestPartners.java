package snapfit.match;

/**
 * The best {@code k} partners of every segment among the pairs offered, and the pairs to keep: those among
 * the best {@code k} of either of their segments. Partners rank by similarity, then by segment number, so
 * the result depends only on the pairs offered, not on their order; which is what makes a pruned match the
 * same whatever the thread count, and an incremental one the same as a full one.
 *
 * <p>Memory: {@code 8 * k} bytes per segment (6,000 segments and k = 64: 3 MB). A {@link MatchSink}, so that
 * it can take a matcher's batches directly; confined to one thread.
 */
public final class BestPartners implements MatchSink {

    /** Receives one kept pair: two segment numbers and the pair's similarity. */
    @FunctionalInterface
    public interface PairConsumer {
        void accept(int a, int b, float similarity);
    }

    private final int k;
    /** Per segment, a max-heap of its best partners so far: the worst kept one at the root. */
    private final float[] similarities;
    private final int[] partners;
    private final int[] sizes;

    /**
     * @param segments segment numbers run from 0 to {@code segments - 1}
     * @param k        partners kept per segment, at least 1
     */
    public BestPartners(int segments, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k " + k + " must be at least 1: the best partners kept per segment");
        }
        this.k = k;
        this.similarities = new float[Math.multiplyExact(segments, k)];
        this.partners = new int[similarities.length];
        this.sizes = new int[segments];
    }

    @Override
    public void accept(MatchBatch batch) {
        for (int i = 0; i < batch.size(); i++) {
            offer(batch.segmentA(i), batch.segmentB(i), batch.similarity(i));
        }
    }

    /** Offers the pair of segments {@code a} and {@code b} (different) to both. Offer each pair once. */
    public void offer(int a, int b, float similarity) {
        offerTo(a, b, similarity);
        offerTo(b, a, similarity);
    }

    /** Every pair among the best {@code k} of either segment, once, by the smaller segment number. */
    public void forEachKept(PairConsumer consumer) {
        for (int a = 0; a < sizes.length; a++) {
            for (int slot = a * k; slot < a * k + sizes[a]; slot++) {
                int b = partners[slot];
                float similarity = similarities[slot];
                // A pair kept by both segments is reported by the smaller one only.
                if (a < b || !keeps(b, a, similarity)) {
                    consumer.accept(Math.min(a, b), Math.max(a, b), similarity);
                }
            }
        }
    }

    /** The partners {@code segment} keeps, best first, each as ({@code segment}, partner, similarity). */
    public void forEachPartnerOf(int segment, PairConsumer consumer) {
        int base = segment * k;
        int[] bestFirst = new int[sizes[segment]];
        for (int i = 0; i < bestFirst.length; i++) {
            int slot = base + i;
            int position = i;
            while (position > 0 && worse(similarities[bestFirst[position - 1]], partners[bestFirst[position - 1]],
                    similarities[slot], partners[slot])) {
                bestFirst[position] = bestFirst[position - 1];
                position--;
            }
            bestFirst[position] = slot;
        }
        for (int slot : bestFirst) {
            consumer.accept(segment, partners[slot], similarities[slot]);
        }
    }

    /** Whether {@code segment} keeps the offered pair with {@code partner}. */
    private boolean keeps(int segment, int partner, float similarity) {
        return sizes[segment] < k || !worse(similarity, partner, similarities[segment * k], partners[segment * k]);
    }

    private void offerTo(int segment, int partner, float similarity) {
        int base = segment * k;
        int size = sizes[segment];
        if (size < k) {
            sizes[segment] = size + 1;
            siftUp(base, size, similarity, partner);
        } else if (worse(similarities[base], partners[base], similarity, partner)) {
            siftDown(base, similarity, partner);
        }
    }

    /** Whether (similarity, partner) {@code x} ranks after {@code y}: a higher similarity, or a tie and a higher number. */
    private static boolean worse(float xSimilarity, int xPartner, float ySimilarity, int yPartner) {
        int bySimilarity = Float.compare(xSimilarity, ySimilarity);
        return bySimilarity > 0 || bySimilarity == 0 && xPartner > yPartner;
    }

    private void siftUp(int base, int position, float similarity, int partner) {
        while (position > 0) {
            int parent = (position - 1) / 2;
            if (!worse(similarity, partner, similarities[base + parent], partners[base + parent])) {
                break;
            }
            move(base + parent, base + position);
            position = parent;
        }
        similarities[base + position] = similarity;
        partners[base + position] = partner;
    }

    /** Replaces the root with (similarity, partner) and restores the heap below it. */
    private void siftDown(int base, float similarity, int partner) {
        int position = 0;
        while (true) {
            int child = 2 * position + 1;
            if (child >= k) {
                break;
            }
            if (child + 1 < k && worse(similarities[base + child + 1], partners[base + child + 1],
                    similarities[base + child], partners[base + child])) {
                child++;
            }
            if (!worse(similarities[base + child], partners[base + child], similarity, partner)) {
                break;
            }
            move(base + child, base + position);
            position = child;
        }
        similarities[base + position] = similarity;
        partners[base + position] = partner;
    }

    private void move(int from, int to) {
        similarities[to] = similarities[from];
        partners[to] = partners[from];
    }
}
