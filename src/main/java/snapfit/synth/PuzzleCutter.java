package snapfit.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import snapfit.model.CornerPos;
import snapfit.model.SegmentShape;
import snapfit.model.SegmentShapes;

/**
 * Cuts a {@code rows x cols} puzzle: a grid of corner points {@value #CELL_PX} px apart, each moved
 * by up to the {@link Variety}'s jitter in x and y so that no piece is a perfect square; straight border
 * sides; every interior side a {@link TabCurve} bulging into one of its two pieces at random.
 * Coordinates are puzzle pixels (x right, y down), the top-left grid point near (0, 0).
 * Stateless; the random source decides everything, drawn in a fixed order.
 */
final class PuzzleCutter {

    /** Nominal distance between grid points: a piece body of 450 to 550 px, as in a 12 MP photo. */
    static final double CELL_PX = 500;
    /** Distance between outline points along a cut. */
    private static final double POINT_SPACING_PX = 1.0;

    private PuzzleCutter() {
    }

    /** The pieces in row-major order of their grid cells. */
    static List<CutPiece> cut(int rows, int cols, Variety variety, SplittableRandom random) {
        double[][] xs = new double[rows + 1][cols + 1];
        double[][] ys = new double[rows + 1][cols + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= cols; c++) {
                xs[r][c] = c * CELL_PX + RandomDraws.plusMinus(random, variety.jitterPx());
                ys[r][c] = r * CELL_PX + RandomDraws.plusMinus(random, variety.jitterPx());
            }
        }
        // Sign +1: the knob bulges to the right of the cut's direction of travel, as seen on screen (y down).
        PointList[][] horizontal = new PointList[rows + 1][cols];
        int[][] horizontalSign = new int[rows + 1][cols];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c < cols; c++) {
                boolean interior = r > 0 && r < rows;
                horizontalSign[r][c] = interior ? sign(random) : 0;
                horizontal[r][c] = cutBetween(xs[r][c], ys[r][c], xs[r][c + 1], ys[r][c + 1],
                        horizontalSign[r][c], interior ? TabCurve.random(random, variety.spread()) : null);
            }
        }
        PointList[][] vertical = new PointList[rows][cols + 1];
        int[][] verticalSign = new int[rows][cols + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c <= cols; c++) {
                boolean interior = c > 0 && c < cols;
                verticalSign[r][c] = interior ? sign(random) : 0;
                vertical[r][c] = cutBetween(xs[r][c], ys[r][c], xs[r + 1][c], ys[r + 1][c],
                        verticalSign[r][c], interior ? TabCurve.random(random, variety.spread()) : null);
            }
        }
        List<CutPiece> pieces = new ArrayList<>(rows * cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                pieces.add(piece(r, c, horizontal, horizontalSign, vertical, verticalSign));
            }
        }
        return pieces;
    }

    /**
     * Walks the piece's sides in contour order, top-left to bottom-left to bottom-right to top-right.
     * The left and bottom cuts run that way already; the right and top ones are walked backwards.
     */
    private static CutPiece piece(int r, int c, PointList[][] horizontal, int[][] horizontalSign,
                                  PointList[][] vertical, int[][] verticalSign) {
        PointList outline = new PointList();
        int[] corners = new int[CornerPos.values().length];
        corners[CornerPos.TOP_LEFT.ordinal()] = outline.size();
        outline.addAllButLast(vertical[r][c]);
        corners[CornerPos.BOTTOM_LEFT.ordinal()] = outline.size();
        outline.addAllButLast(horizontal[r + 1][c]);
        corners[CornerPos.BOTTOM_RIGHT.ordinal()] = outline.size();
        outline.addReversedButFirst(vertical[r][c + 1]);
        corners[CornerPos.TOP_RIGHT.ordinal()] = outline.size();
        outline.addReversedButFirst(horizontal[r][c]);
        // Left and bottom cuts run with this piece on their left on screen, so sign +1 bulges away: a tab.
        SegmentShapes shapes = new SegmentShapes(
                shape(verticalSign[r][c], 1),
                shape(horizontalSign[r + 1][c], 1),
                shape(verticalSign[r][c + 1], -1),
                shape(horizontalSign[r][c], -1));
        return new CutPiece(r, c, new PieceOutline(outline.xs(), outline.ys(), corners), shapes);
    }

    private static SegmentShape shape(int sign, int outwardSign) {
        if (sign == 0) {
            return SegmentShape.EDGE;
        }
        return sign == outwardSign ? SegmentShape.OUT : SegmentShape.IN;
    }

    /** The cut from (x0, y0) to (x1, y1), both ends included: straight when {@code tab} is null. */
    private static PointList cutBetween(double x0, double y0, double x1, double y1, int sign, TabCurve tab) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double step = POINT_SPACING_PX / Math.hypot(dx, dy);
        PointList uv = new PointList();
        if (tab == null) {
            TabCurve.line(0, 0, 1, 0, step, uv);
            uv.add(1, 0);
        } else {
            tab.sample(step, uv);
        }
        PointList pixels = new PointList();
        for (int i = 0; i < uv.size() - 1; i++) {
            double u = uv.x(i);
            double v = tab == null ? 0 : sign * (uv.y(i) + tab.wave(u));
            // (-dy, dx) is the right-hand normal of the direction of travel on screen, as long as the edge.
            pixels.add(x0 + u * dx - v * dy, y0 + u * dy + v * dx);
        }
        // Exactly the grid point, not x0 + dx: the pieces around a grid point must share their corner bit for bit.
        pixels.add(x1, y1);
        return pixels;
    }

    private static int sign(SplittableRandom random) {
        return random.nextBoolean() ? 1 : -1;
    }
}
