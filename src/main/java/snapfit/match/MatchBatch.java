package snapfit.match;

/**
 * A reusable buffer of scored pairs, as segment numbers of the matcher (positions in the segment list
 * it was built with). Confined to one thread at a time.
 */
public final class MatchBatch {

    private final int[] segmentA;
    private final int[] segmentB;
    private final float[] similarity;
    private int size;

    MatchBatch(int capacity) {
        segmentA = new int[capacity];
        segmentB = new int[capacity];
        similarity = new float[capacity];
    }

    void add(int a, int b, float score) {
        segmentA[size] = a;
        segmentB[size] = b;
        similarity[size] = score;
        size++;
    }

    boolean isFull() {
        return size == segmentA.length;
    }

    void clear() {
        size = 0;
    }

    public int size() {
        return size;
    }

    /** The lower segment number of pair {@code i}. */
    public int segmentA(int i) {
        return segmentA[i];
    }

    /** The higher segment number of pair {@code i}. */
    public int segmentB(int i) {
        return segmentB[i];
    }

    public float similarity(int i) {
        return similarity[i];
    }
}
