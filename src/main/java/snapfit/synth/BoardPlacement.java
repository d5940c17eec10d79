package snapfit.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;
import snapfit.model.BoardLayout;
import snapfit.model.BoardSet;
import snapfit.model.SheetBoard;

/**
 * The marker board under one sheet's pieces: which board of the set, how it is drawn, and where its four corners
 * lie in the sheet's current pixels (top-left, top-right, bottom-right, bottom-left). A {@link CameraView} moves
 * the corners with the pieces; the board is flat, so the homography through them is exact.
 *
 * @param set           the board set, one board per sheet
 * @param index         this sheet's board in the set
 * @param pixelsPerUnit laid-out sheet pixels per board unit
 * @param corners       x0, y0, ... x3, y3 of the board's corners in the sheet's pixels
 */
record BoardPlacement(BoardSet set, int index, double pixelsPerUnit, List<Double> corners) {

    BoardPlacement {
        corners = List.copyOf(corners);
    }

    /** A board laid out at {@code pixelsPerUnit}, not yet photographed. */
    static BoardPlacement laidOut(BoardSet set, int index, double pixelsPerUnit) {
        List<Double> corners = new ArrayList<>();
        for (double[] corner : unitCorners()) {
            corners.add(corner[0] * pixelsPerUnit);
            corners.add(corner[1] * pixelsPerUnit);
        }
        return new BoardPlacement(set, index, pixelsPerUnit, corners);
    }

    /** The same board with its corners moved by {@code map} (sheet pixels to photo pixels). */
    BoardPlacement mapped(UnaryOperator<double[]> map) {
        List<Double> moved = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            double[] point = map.apply(new double[] {corners.get(2 * c), corners.get(2 * c + 1)});
            moved.add(point[0]);
            moved.add(point[1]);
        }
        return new BoardPlacement(set, index, pixelsPerUnit, moved);
    }

    /** The true photo-to-board homography, as a sheet record keeps it. */
    SheetBoard truth() {
        double[] h = homography();
        List<Double> values = new ArrayList<>();
        for (double value : h) {
            values.add(value);
        }
        return new SheetBoard(values, set.unitsPerMm());
    }

    /**
     * The homography from the sheet's pixels to board units through the four corners, row by row, last element 1:
     * the eight linear equations {@code u (g x + h y + 1) = a x + b y + c}, {@code v (...) = d x + e y + f}.
     */
    double[] homography() {
        double[][] unit = unitCorners();
        Array2DRowRealMatrix system = new Array2DRowRealMatrix(8, 8);
        RealVector values = new ArrayRealVector(8);
        for (int c = 0; c < 4; c++) {
            double x = corners.get(2 * c);
            double y = corners.get(2 * c + 1);
            double u = unit[c][0];
            double v = unit[c][1];
            system.setRow(2 * c, new double[] {x, y, 1, 0, 0, 0, -u * x, -u * y});
            system.setRow(2 * c + 1, new double[] {0, 0, 0, x, y, 1, -v * x, -v * y});
            values.setEntry(2 * c, u);
            values.setEntry(2 * c + 1, v);
        }
        double[] solution = new LUDecomposition(system).getSolver().solve(values).toArray();
        double[] h = new double[9];
        System.arraycopy(solution, 0, h, 0, 8);
        h[8] = 1;
        return h;
    }

    private static double[][] unitCorners() {
        return new double[][] {{0, 0}, {BoardLayout.WIDTH, 0}, {BoardLayout.WIDTH, BoardLayout.HEIGHT},
                {0, BoardLayout.HEIGHT}};
    }
}
