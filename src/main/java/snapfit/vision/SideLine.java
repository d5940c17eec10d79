package snapfit.vision;

/**
 * A straight line through {@code (x, y)} with unit direction {@code (dx, dy)}, in sheet pixels.
 */
record SideLine(double x, double y, double dx, double dy) {

    /**
     * The total-least-squares line through the chosen samples (principal axis of their scatter), directed
     * along {@code direction} (radians).
     */
    static SideLine fit(ArcSamples samples, boolean[] chosen, double direction) {
        double sumX = 0;
        double sumY = 0;
        int count = 0;
        for (int s = 0; s < chosen.length; s++) {
            if (chosen[s]) {
                sumX += samples.xs[s];
                sumY += samples.ys[s];
                count++;
            }
        }
        double meanX = sumX / count;
        double meanY = sumY / count;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int s = 0; s < chosen.length; s++) {
            if (chosen[s]) {
                double ex = samples.xs[s] - meanX;
                double ey = samples.ys[s] - meanY;
                sxx += ex * ex;
                syy += ey * ey;
                sxy += ex * ey;
            }
        }
        double angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
        double dx = Math.cos(angle);
        double dy = Math.sin(angle);
        if (dx * Math.cos(direction) + dy * Math.sin(direction) < 0) {
            dx = -dx;
            dy = -dy;
        }
        return new SideLine(meanX, meanY, dx, dy);
    }

    /** Where this line meets {@code other}, as {@code {x, y}}; null when they are (nearly) parallel. */
    double[] intersect(SideLine other) {
        double cross = dx * other.dy - dy * other.dx;
        if (Math.abs(cross) < 0.1) {
            return null;
        }
        double t = ((other.x - x) * other.dy - (other.y - y) * other.dx) / cross;
        return new double[] {x + t * dx, y + t * dy};
    }
}
