package snapfit.synth;

import java.util.Arrays;

/** A growable list of points as two primitive arrays, for building outlines without boxing. Not thread-safe. */
final class PointList {

    private double[] xs = new double[256];
    private double[] ys = new double[256];
    private int size;

    void add(double x, double y) {
        if (size == xs.length) {
            xs = Arrays.copyOf(xs, size * 2);
            ys = Arrays.copyOf(ys, size * 2);
        }
        xs[size] = x;
        ys[size] = y;
        size++;
    }

    /** Appends {@code other}'s points but its last, which is the first point of whatever follows. */
    void addAllButLast(PointList other) {
        for (int i = 0; i < other.size - 1; i++) {
            add(other.xs[i], other.ys[i]);
        }
    }

    /** Appends {@code other}'s points from last to first, but its first. */
    void addReversedButFirst(PointList other) {
        for (int i = other.size - 1; i > 0; i--) {
            add(other.xs[i], other.ys[i]);
        }
    }

    int size() {
        return size;
    }

    double x(int index) {
        return xs[index];
    }

    double y(int index) {
        return ys[index];
    }

    double[] xs() {
        return Arrays.copyOf(xs, size);
    }

    double[] ys() {
        return Arrays.copyOf(ys, size);
    }
}
