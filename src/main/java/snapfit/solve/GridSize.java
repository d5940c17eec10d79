package snapfit.solve;

/**
 * The rows and columns of a rectangular puzzle, and how they follow from its pieces: 4 corners,
 * {@code 2 (rows - 2) + 2 (cols - 2)} edge pieces and {@code (rows - 2)(cols - 2)} inner ones.
 */
public record GridSize(int rows, int cols) {

    public GridSize {
        if (rows < 2 || cols < 2) {
            throw new IllegalArgumentException("a puzzle of " + rows + " x " + cols + " pieces: rows and cols"
                    + " must be at least 2");
        }
    }

    /**
     * The grid whose edge and inner counts come closest to the pieces found (the sum of both differences), rows
     * no more than columns; ties go to the grid with room for more pieces. Exact for a complete puzzle; with
     * pieces missing or added the counts may fit a neighbouring grid better, so give the size then.
     *
     * @throws IllegalArgumentException when there are too few edge pieces to frame any grid
     */
    public static GridSize infer(int edgePieces, int innerPieces) {
        if (edgePieces < 0 || innerPieces < 0) {
            throw new IllegalArgumentException("piece counts " + edgePieces + " and " + innerPieces + " are negative");
        }
        GridSize best = null;
        long bestMiss = Long.MAX_VALUE;
        int maxSide = edgePieces / 2 + 2;
        for (int innerRows = 0; innerRows <= maxSide; innerRows++) {
            for (int innerCols = innerRows; innerRows + innerCols <= maxSide + 1; innerCols++) {
                long miss = Math.abs(edgePieces - 2L * (innerRows + innerCols))
                        + Math.abs(innerPieces - (long) innerRows * innerCols);
                long capacity = (long) innerRows * innerCols;
                if (miss < bestMiss || miss == bestMiss && capacity > (long) (best.rows() - 2) * (best.cols() - 2)) {
                    best = new GridSize(innerRows + 2, innerCols + 2);
                    bestMiss = miss;
                }
            }
        }
        return best;
    }

    public int cells() {
        return rows * cols;
    }

    @Override
    public String toString() {
        return rows + " x " + cols;
    }
}
