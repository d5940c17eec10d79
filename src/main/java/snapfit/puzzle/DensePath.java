package snapfit.puzzle;

import java.util.Arrays;

/**
 * A polyline filled in so that consecutive points are at most one pixel apart. Used only while a
 * {@link Segment} is built; not thread-safe.
 */
final class DensePath {

    private double[] xs;
    private double[] ys;
    private int size;

    DensePath(int expectedPoints) {
        xs = new double[Math.max(16, expectedPoints)];
        ys = new double[xs.length];
    }

    /** Adds the point, with evenly spaced points before it wherever the gap exceeds one pixel. */
    void lineTo(double x, double y) {
        if (size > 0) {
            double fromX = xs[size - 1];
            double fromY = ys[size - 1];
            double dx = x - fromX;
            double dy = y - fromY;
            int steps = (int) Math.ceil(Math.sqrt(dx * dx + dy * dy));
            for (int i = 1; i < steps; i++) {
                double t = (double) i / steps;
                add(fromX + t * (x - fromX), fromY + t * (y - fromY));
            }
        }
        add(x, y);
    }

    /**
     * The path with each point replaced by the mean of itself and up to {@code radius} points on either
     * side, as many on each side so the mean stays centred; the two end points stay where they are.
     * Returned as {@code {xs, ys}}.
     */
    double[][] smoothed(int radius) {
        double[] smoothX = new double[size];
        double[] smoothY = new double[size];
        for (int k = 0; k < size; k++) {
            int reach = Math.min(radius, Math.min(k, size - 1 - k));
            double sumX = 0;
            double sumY = 0;
            for (int d = -reach; d <= reach; d++) {
                sumX += xs[k + d];
                sumY += ys[k + d];
            }
            smoothX[k] = sumX / (2 * reach + 1);
            smoothY[k] = sumY / (2 * reach + 1);
        }
        return new double[][] {smoothX, smoothY};
    }

    /**
     * The path moved {@code distance} px along its outward normal at every point (negative: inwards). Outlines run
     * counter-clockwise on screen (x right, y down), so the outward normal of the direction {@code (dx, dy)} is
     * {@code (-dy, dx)}; the direction is taken over {@code reach} points either side, fewer at the ends.
     */
    static double[][] offset(double[][] path, double distance, int reach) {
        double[] xs = path[0];
        double[] ys = path[1];
        int size = xs.length;
        double[] movedX = new double[size];
        double[] movedY = new double[size];
        for (int k = 0; k < size; k++) {
            int from = Math.max(0, k - reach);
            int to = Math.min(size - 1, k + reach);
            double dx = xs[to] - xs[from];
            double dy = ys[to] - ys[from];
            double length = Math.hypot(dx, dy);
            double shift = length > 0 ? distance / length : 0;
            movedX[k] = xs[k] - dy * shift;
            movedY[k] = ys[k] + dx * shift;
        }
        return new double[][] {movedX, movedY};
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
