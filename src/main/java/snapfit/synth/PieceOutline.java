package snapfit.synth;

import java.util.Arrays;
import snapfit.model.CornerPos;
import snapfit.model.PixelBox;

/**
 * A piece's true outline: a dense closed polygon (about one point per pixel, the last point joined
 * back to the first) and the indices of its four corners. Points run top-left, bottom-left,
 * bottom-right, top-right, the {@link snapfit.model.EdgePos} order, naming the corners of the piece
 * in the frame the outline is in. Coordinates are pixels, x right, y down. Immutable.
 */
public final class PieceOutline {

    private final double[] xs;
    private final double[] ys;
    private final int[] cornerIndices;

    /** Takes ownership of {@code xs} and {@code ys}: callers pass fresh arrays. */
    PieceOutline(double[] xs, double[] ys, int[] cornerIndices) {
        if (xs.length != ys.length || xs.length < 4) {
            throw new IllegalArgumentException("outline needs as many x as y values and at least 4 points, got "
                    + xs.length + " and " + ys.length);
        }
        if (cornerIndices.length != 4) {
            throw new IllegalArgumentException("outline needs 4 corner indices, got " + cornerIndices.length);
        }
        for (int i = 0; i < 4; i++) {
            if (cornerIndices[i] < 0 || cornerIndices[i] >= xs.length || i > 0 && cornerIndices[i] <= cornerIndices[i - 1]) {
                throw new IllegalArgumentException("corner indices " + Arrays.toString(cornerIndices)
                        + " must increase within the outline's " + xs.length + " points");
            }
        }
        this.xs = xs;
        this.ys = ys;
        this.cornerIndices = cornerIndices.clone();
    }

    public int size() {
        return xs.length;
    }

    public double x(int index) {
        return xs[index];
    }

    public double y(int index) {
        return ys[index];
    }

    /** The x values, a fresh array. */
    public double[] xs() {
        return xs.clone();
    }

    /** The y values, a fresh array. */
    public double[] ys() {
        return ys.clone();
    }

    public int cornerIndex(CornerPos corner) {
        return cornerIndices[corner.ordinal()];
    }

    /** This outline turned clockwise on screen by {@code degrees} about ({@code cx}, {@code cy}). */
    PieceOutline rotated(double degrees, double cx, double cy) {
        double cos = Math.cos(Math.toRadians(degrees));
        double sin = Math.sin(Math.toRadians(degrees));
        double[] newXs = new double[xs.length];
        double[] newYs = new double[ys.length];
        for (int i = 0; i < xs.length; i++) {
            double x = xs[i] - cx;
            double y = ys[i] - cy;
            // With y pointing down this matrix turns clockwise as seen on screen.
            newXs[i] = cx + cos * x - sin * y;
            newYs[i] = cy + sin * x + cos * y;
        }
        return new PieceOutline(newXs, newYs, cornerIndices);
    }

    /** The same corners on other points, as many as before: this outline seen through a camera, say. */
    PieceOutline withPoints(double[] newXs, double[] newYs) {
        if (newXs.length != xs.length) {
            throw new IllegalArgumentException("outline of " + xs.length + " points given " + newXs.length + " new ones");
        }
        return new PieceOutline(newXs, newYs, cornerIndices);
    }

    /** This outline moved by ({@code dx}, {@code dy}). */
    PieceOutline shifted(double dx, double dy) {
        double[] newXs = new double[xs.length];
        double[] newYs = new double[ys.length];
        for (int i = 0; i < xs.length; i++) {
            newXs[i] = xs[i] + dx;
            newYs[i] = ys[i] + dy;
        }
        return new PieceOutline(newXs, newYs, cornerIndices);
    }

    /** The smallest whole-pixel box holding every point. */
    public PixelBox boundingBox() {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xs.length; i++) {
            minX = Math.min(minX, xs[i]);
            maxX = Math.max(maxX, xs[i]);
            minY = Math.min(minY, ys[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        int x = (int) Math.floor(minX);
        int y = (int) Math.floor(minY);
        return new PixelBox(x, y, (int) Math.ceil(maxX) - x + 1, (int) Math.ceil(maxY) - y + 1);
    }
}
