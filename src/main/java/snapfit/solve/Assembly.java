package snapfit.solve;

import java.util.Arrays;

/**
 * A grid being filled: which piece sits in each cell and with how many clockwise quarter turns. Cells are numbered
 * row-major, {@code row * cols + col}; directions are {@link snapfit.model.EdgePos} ordinals in the grid (left,
 * bottom, right, top). Knows what a border demands: a cell on the border takes a piece whose flat sides, once
 * turned, face exactly the outside. Mutable; confined to one thread.
 */
final class Assembly {

    private static final int[] ROW_STEP = {0, 1, 0, -1};
    private static final int[] COL_STEP = {-1, 0, 1, 0};

    final GridSize size;
    final PuzzleSides sides;
    final PairCosts costs;
    private final int[] cellPiece;
    private final int[] cellTurns;
    private final int[] pieceCell;
    private final int[] borderMask;

    Assembly(GridSize size, PuzzleSides sides, PairCosts costs) {
        this.size = size;
        this.sides = sides;
        this.costs = costs;
        this.cellPiece = new int[size.cells()];
        this.cellTurns = new int[size.cells()];
        this.pieceCell = new int[sides.size()];
        this.borderMask = new int[size.cells()];
        Arrays.fill(cellPiece, -1);
        Arrays.fill(pieceCell, -1);
        for (int cell = 0; cell < borderMask.length; cell++) {
            int row = cell / size.cols();
            int col = cell % size.cols();
            borderMask[cell] = (col == 0 ? 1 : 0) | (row == size.rows() - 1 ? 2 : 0)
                    | (col == size.cols() - 1 ? 4 : 0) | (row == 0 ? 8 : 0);
        }
    }

    Assembly copy() {
        Assembly copy = new Assembly(size, sides, costs);
        System.arraycopy(cellPiece, 0, copy.cellPiece, 0, cellPiece.length);
        System.arraycopy(cellTurns, 0, copy.cellTurns, 0, cellTurns.length);
        System.arraycopy(pieceCell, 0, copy.pieceCell, 0, pieceCell.length);
        return copy;
    }

    int cells() {
        return cellPiece.length;
    }

    int placedCount() {
        int count = 0;
        for (int piece : cellPiece) {
            if (piece >= 0) {
                count++;
            }
        }
        return count;
    }

    int pieceAt(int cell) {
        return cellPiece[cell];
    }

    int turnsAt(int cell) {
        return cellTurns[cell];
    }

    int cellOf(int piece) {
        return pieceCell[piece];
    }

    boolean isPlaced(int piece) {
        return pieceCell[piece] >= 0;
    }

    void place(int cell, int piece, int turns) {
        if (cellPiece[cell] >= 0 || pieceCell[piece] >= 0) {
            throw new IllegalStateException("cell " + cell + " or piece " + piece + " is taken");
        }
        cellPiece[cell] = piece;
        cellTurns[cell] = turns;
        pieceCell[piece] = cell;
    }

    void remove(int cell) {
        int piece = cellPiece[cell];
        if (piece >= 0) {
            pieceCell[piece] = -1;
            cellPiece[cell] = -1;
        }
    }

    /** The cell next to {@code cell} in {@code direction}, or -1 off the grid. */
    int neighbour(int cell, int direction) {
        int row = cell / size.cols() + ROW_STEP[direction];
        int col = cell % size.cols() + COL_STEP[direction];
        return row < 0 || col < 0 || row >= size.rows() || col >= size.cols() ? -1 : row * size.cols() + col;
    }

    /** Whether {@code piece} turned {@code turns} times has its flat sides exactly on the border at {@code cell}. */
    boolean fitsBorder(int cell, int piece, int turns) {
        return PuzzleSides.turnedMask(sides.flatMask(piece), turns) == borderMask[cell];
    }

    /** The side of the piece in the cell next door that faces {@code cell} from {@code direction}, or -1. */
    int facingSide(int cell, int direction) {
        int other = neighbour(cell, direction);
        if (other < 0 || cellPiece[other] < 0) {
            return -1;
        }
        return PuzzleSides.sideFacing(cellPiece[other], (direction + 2) % 4, cellTurns[other]);
    }

    /** The summed cost of {@code piece} turned {@code turns} at {@code cell} against its placed neighbours. */
    float costAt(int cell, int piece, int turns) {
        float total = 0;
        for (int direction = 0; direction < 4; direction++) {
            int facing = facingSide(cell, direction);
            if (facing >= 0) {
                total += costs.cost(PuzzleSides.sideFacing(piece, direction, turns), facing);
            }
        }
        return total;
    }

    int placedNeighbours(int cell) {
        int count = 0;
        for (int direction = 0; direction < 4; direction++) {
            if (facingSide(cell, direction) >= 0) {
                count++;
            }
        }
        return count;
    }

    /** Receives one candidate for a cell: a piece, its clockwise quarter turns and its summed cost there. */
    @FunctionalInterface
    interface CandidateVisitor {
        void accept(int piece, int turns, float cost);
    }

    /**
     * Hands {@code visitor} the unplaced pieces that could go in {@code cell}: those among the best partners of the
     * facing sides of its placed neighbours, in the turn that joins them, or, when none is left there, every
     * unplaced piece in every turn. Unless {@code ignoreBorder}, only pieces whose flat sides fit the cell. A piece
     * may come more than once.
     */
    void forEachCandidate(int cell, boolean ignoreBorder, CandidateVisitor visitor) {
        boolean found = false;
        for (int direction = 0; direction < 4; direction++) {
            int facing = facingSide(cell, direction);
            if (facing < 0) {
                continue;
            }
            for (int rank = 0; rank < costs.partnerCount(facing); rank++) {
                int side = costs.partner(facing, rank);
                int piece = side / PuzzleSides.SIDES;
                int turns = (side % PuzzleSides.SIDES - direction + PuzzleSides.SIDES) % PuzzleSides.SIDES;
                if (!isPlaced(piece) && (ignoreBorder || fitsBorder(cell, piece, turns))) {
                    visitor.accept(piece, turns, costAt(cell, piece, turns));
                    found = true;
                }
            }
        }
        if (found) {
            return;
        }
        for (int piece = 0; piece < sides.size(); piece++) {
            for (int turns = 0; turns < 4; turns++) {
                if (!isPlaced(piece) && (ignoreBorder || fitsBorder(cell, piece, turns))) {
                    visitor.accept(piece, turns, costAt(cell, piece, turns));
                }
            }
        }
    }

    /** How many joins of {@code piece} turned {@code turns} at {@code cell} with placed neighbours are best buddies. */
    int buddyJoins(int cell, int piece, int turns) {
        int count = 0;
        for (int direction = 0; direction < 4; direction++) {
            int facing = facingSide(cell, direction);
            if (facing >= 0 && costs.bestBuddies(PuzzleSides.sideFacing(piece, direction, turns), facing)) {
                count++;
            }
        }
        return count;
    }

    /** How many joins of the piece at {@code cell} with placed neighbours are {@link PairCosts#plausible}. */
    int plausibleJoins(int cell) {
        int count = 0;
        for (int direction = 0; direction < 4; direction++) {
            int facing = facingSide(cell, direction);
            if (facing >= 0 && costs.plausible(PuzzleSides.sideFacing(cellPiece[cell], direction, cellTurns[cell]),
                    facing)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The cost of the whole assembly: every join of two placed pieces at its cost, and every join with an empty
     * cell at 1 (what a side's second-best partner costs), so that leaving cells empty does not pay.
     */
    double totalCost() {
        double total = 0;
        for (int cell = 0; cell < cellPiece.length; cell++) {
            for (int direction = 1; direction <= 2; direction++) {
                int other = neighbour(cell, direction);
                if (other < 0) {
                    continue;
                }
                if (cellPiece[cell] < 0 || cellPiece[other] < 0) {
                    total += 1;
                } else {
                    total += costs.cost(PuzzleSides.sideFacing(cellPiece[cell], direction, cellTurns[cell]),
                            facingSide(cell, direction));
                }
            }
        }
        return total;
    }
}
