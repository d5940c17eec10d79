package snapfit.solve;

import java.util.PriorityQueue;

/**
 * Fills the empty cells of an {@link Assembly} next to placed pieces, most certain placement first (after Paikin
 * &amp; Tal 2015): for every empty cell with a placed neighbour it finds the best unplaced piece and turn among the
 * best partners of the facing sides, and ranks the cell by how far that piece beats the runner-up, a join of best
 * buddies on every placed side first. The surest placement is made, its empty neighbours are ranked again, and so
 * on until no cell has a candidate. Cells rank higher the more placed neighbours vouch for them, which is what
 * lets a border placed first steer the interior.
 *
 * <p>With {@code ignoreBorder} a piece may take any cell in any turn (for pieces whose flat sides were called
 * wrongly), and only placements costing at most {@code maxMeanCost} per join are made.
 */
final class ConfidencePlacer {

    private record Ranked(double priority, int cell, int stamp, int piece, int turns) {
    }

    private final Assembly assembly;
    private final boolean ignoreBorder;
    private final double maxMeanCost;
    private final int[] stamps;
    private final PriorityQueue<Ranked> queue =
            new PriorityQueue<>((a, b) -> Double.compare(b.priority(), a.priority()));

    ConfidencePlacer(Assembly assembly, boolean ignoreBorder, double maxMeanCost) {
        this.assembly = assembly;
        this.ignoreBorder = ignoreBorder;
        this.maxMeanCost = maxMeanCost;
        this.stamps = new int[assembly.cells()];
    }

    /** Places pieces until no empty cell next to a placed piece has a candidate; returns how many it placed. */
    int fill() {
        for (int cell = 0; cell < assembly.cells(); cell++) {
            if (assembly.pieceAt(cell) < 0 && assembly.placedNeighbours(cell) > 0) {
                rank(cell);
            }
        }
        int placed = 0;
        while (!queue.isEmpty()) {
            Ranked best = queue.poll();
            if (best.stamp() != stamps[best.cell()] || assembly.pieceAt(best.cell()) >= 0) {
                continue;
            }
            if (assembly.isPlaced(best.piece())) {
                rank(best.cell());
                continue;
            }
            assembly.place(best.cell(), best.piece(), best.turns());
            placed++;
            for (int direction = 0; direction < 4; direction++) {
                int next = assembly.neighbour(best.cell(), direction);
                if (next >= 0 && assembly.pieceAt(next) < 0) {
                    rank(next);
                }
            }
        }
        return placed;
    }

    /** Finds the cell's best candidate and queues it; a cell without one is left out until a neighbour changes. */
    private void rank(int cell) {
        stamps[cell]++;
        Candidates candidates = new Candidates();
        assembly.forEachCandidate(cell, ignoreBorder, candidates::consider);
        int joins = assembly.placedNeighbours(cell);
        if (candidates.bestPiece < 0 || candidates.bestCost / joins > maxMeanCost) {
            return;
        }
        double margin = candidates.secondCost == Float.MAX_VALUE ? 1
                : (candidates.secondCost - candidates.bestCost) / candidates.secondCost;
        int buddies = assembly.buddyJoins(cell, candidates.bestPiece, candidates.bestTurns);
        double priority = margin + (buddies == joins ? 1 : 0) + 0.25 * joins;
        queue.add(new Ranked(priority, cell, stamps[cell], candidates.bestPiece, candidates.bestTurns));
    }

    /** The best and second-best candidate of one cell, the second always another piece. */
    private static final class Candidates {
        int bestPiece = -1;
        int bestTurns;
        float bestCost = Float.MAX_VALUE;
        float secondCost = Float.MAX_VALUE;

        void consider(int piece, int turns, float cost) {
            if (cost < bestCost) {
                if (piece != bestPiece) {
                    secondCost = bestCost;
                }
                bestCost = cost;
                bestPiece = piece;
                bestTurns = turns;
            } else if (cost < secondCost && piece != bestPiece) {
                secondCost = cost;
            }
        }
    }
}
