package snapfit.puzzle;

import java.util.Arrays;

/**
 * A polyline filled in so that consecutive points are at most one pixel apart, with a marked stretch
 * (the segment proper) and some context before and after it for smoothing. Used only while a
 * {@link Segment} is built; not thread-safe.
 */
final class DensePath {

    private double[] xs;
    private double[] ys;
    private int size;
    private int start = -1;
    private int end = -1;

    DensePath(int expectedPoints) {
        xs = new double[Math.max(16, expectedPoints)];
        ys = new double[xs.length];
    }

    /** Adds the point, with evenly spaced points before it wherever the gap exceeds one pixel. */
    void lineTo(double x, double y) {
        if (size > 0) {
            double fromX = xs[size - 1];
            double fromY = ys[size - 1];
            int steps = (int) Math.ceil(Math.hypot(x - fromX, y - fromY));
            for (int i = 1; i < steps; i++) {
                double t = (double) i / steps;
                add(fromX + t * (x - fromX), fromY + t * (y - fromY));
            }
        }
        add(x, y);
    }

    /** The point added last starts the stretch. */
    void markStart() {
        start = size - 1;
    }

    /** The point added last ends the stretch. */
    void markEnd() {
        end = size - 1;
    }

    /**
     * The stretch, each point replaced by the mean of itself and {@code radius} points on either side
     * (the context supplies them at the ends), as {@code {xs, ys}}.
     */
    double[][] smoothed(int radius) {
        if (start < radius || end < start || end + radius >= size) {
            throw new IllegalStateException("path of " + size + " points has stretch " + start + ".." + end
                    + " without " + radius + " points of context on both sides");
        }
        int count = end - start + 1;
        double[] smoothX = new double[count];
        double[] smoothY = new double[count];
        for (int k = 0; k < count; k++) {
            double sumX = 0;
            double sumY = 0;
            for (int d = -radius; d <= radius; d++) {
                sumX += xs[start + k + d];
                sumY += ys[start + k + d];
            }
            smoothX[k] = sumX / (2 * radius + 1);
            smoothY[k] = sumY / (2 * radius + 1);
        }
        return new double[][] {smoothX, smoothY};
    }

    private void add(double x, double y) {
        if (size == xs.length) {
            xs = Arrays.copyOf(xs, 2 * size);
            ys = Arrays.copyOf(ys, 2 * size);
        }
        xs[size] = x;
        ys[size] = y;
        size++;
    }
}
