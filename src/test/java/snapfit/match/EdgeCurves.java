package snapfit.match;

import snapfit.model.EdgePos;
import snapfit.model.PieceId;
import snapfit.model.SegmentId;
import snapfit.model.SegmentShape;
import snapfit.puzzle.Contour;
import snapfit.puzzle.Segment;

/** Test fixtures: piece sides drawn as a knob on a straight cut, placed anywhere in a sheet. */
final class EdgeCurves {

    private EdgeCurves() {
    }

    /**
     * A cut 500 px long along x with a round knob of the given height (negative bulges the other way)
     * centred at {@code knobCentre} (fraction of the length), one point per pixel of x.
     */
    static double[][] knobCut(double knobHeight, double knobCentre, double knobWidth) {
        int n = 501;
        double[][] points = new double[n][2];
        for (int i = 0; i < n; i++) {
            double x = i;
            double u = (x / 500.0 - knobCentre) / knobWidth;
            points[i][0] = x;
            points[i][1] = Math.abs(u) < 1 ? knobHeight * Math.sqrt(1 - u * u) : 0;
        }
        return points;
    }

    /** The cut walked backwards, rotated by {@code degrees} and moved by (dx, dy): the partner's view. */
    static double[][] reversedAndMoved(double[][] cut, double degrees, double dx, double dy) {
        double[][] moved = new double[cut.length][2];
        double cos = Math.cos(Math.toRadians(degrees));
        double sin = Math.sin(Math.toRadians(degrees));
        for (int i = 0; i < cut.length; i++) {
            double[] p = cut[cut.length - 1 - i];
            moved[i][0] = p[0] * cos - p[1] * sin + dx;
            moved[i][1] = p[0] * sin + p[1] * cos + dy;
        }
        return moved;
    }

    /**
     * The side as part of a closed outline, as it comes from a photo: the cut, then a rectangle's other
     * three sides 300 px deep, one point per pixel; the cut moved half a pixel into the piece, where a trace of
     * its pixels runs ({@link Segment#fromContour}), then everything rounded to whole pixels.
     */
    static Segment segment(String sheet, int piece, EdgePos edge, SegmentShape shape, double[][] cut) {
        return traced(sheet, piece, edge, shape, insetHalfPixel(cut));
    }

    /** The cut moved half a pixel to its left on screen, where the rectangle of {@link #segment} lies. */
    private static double[][] insetHalfPixel(double[][] cut) {
        double[][] inset = new double[cut.length][];
        for (int i = 0; i < cut.length; i++) {
            double[] before = cut[Math.max(0, i - 1)];
            double[] after = cut[Math.min(cut.length - 1, i + 1)];
            double dx = after[0] - before[0];
            double dy = after[1] - before[1];
            double length = Math.hypot(dx, dy);
            inset[i] = new double[] {cut[i][0] - 0.5 * dy / length, cut[i][1] + 0.5 * dx / length};
        }
        return inset;
    }

    private static Segment traced(String sheet, int piece, EdgePos edge, SegmentShape shape, double[][] cut) {
        double[] start = cut[0];
        double[] end = cut[cut.length - 1];
        double length = Math.hypot(end[0] - start[0], end[1] - start[1]);
        double normalX = -(end[1] - start[1]) / length * 300;
        double normalY = (end[0] - start[0]) / length * 300;
        java.util.List<double[]> outline = new java.util.ArrayList<>(java.util.Arrays.asList(cut));
        addLine(outline, end, new double[] {end[0] + normalX, end[1] + normalY});
        addLine(outline, new double[] {end[0] + normalX, end[1] + normalY},
                new double[] {start[0] + normalX, start[1] + normalY});
        addLine(outline, new double[] {start[0] + normalX, start[1] + normalY}, start);
        outline.remove(outline.size() - 1);
        int[] xs = new int[outline.size()];
        int[] ys = new int[outline.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = (int) Math.round(outline.get(i)[0]);
            ys[i] = (int) Math.round(outline.get(i)[1]);
        }
        return Segment.fromContour(new SegmentId(new PieceId(sheet, piece), edge), shape,
                new Contour(xs, ys), 0, cut.length - 1);
    }

    private static void addLine(java.util.List<double[]> outline, double[] from, double[] to) {
        int steps = (int) Math.ceil(Math.hypot(to[0] - from[0], to[1] - from[1]));
        for (int i = 1; i <= steps; i++) {
            double t = (double) i / steps;
            outline.add(new double[] {from[0] + t * (to[0] - from[0]), from[1] + t * (to[1] - from[1])});
        }
    }
}
