package snapfit.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import snapfit.match.BestPartners;
import snapfit.model.PieceId;
import snapfit.model.PieceRecord;
import snapfit.model.Placement;
import snapfit.model.Solution;
import snapfit.store.MatchStore;
import snapfit.store.PieceKeys;

/**
 * Assembles a whole puzzle from the stored scores. Steps:
 * <ol>
 *   <li>the best {@link SolverConfig#partnersPerSide()} partners of every side, from one scan of the store,
 *       normalised by each side's second best ({@link PairCosts});</li>
 *   <li>the grid size from the counts of edge and inner pieces, unless given ({@link GridSize#infer});</li>
 *   <li>for each corner piece put in the top-left cell, the grid filled most certain placement first with border
 *       pieces only on the border, flats outward ({@link ConfidencePlacer}), then repaired: placements that join
 *       their neighbours badly and with no best buddy are taken out and the holes filled again, now with up to
 *       four neighbours to vouch for each, while that lowers the total cost ({@link Assembly#totalCost});</li>
 *   <li>the cheapest of those assemblies kept; cells still empty filled with pieces whose flat sides do not fit
 *       (a wrong shape call), when they join well; pieces of which fewer than half the joins are plausible
 *       ({@link PairCosts#plausible}) left out as strangers: another puzzle's pieces, put where a piece is missing.</li>
 * </ol>
 * Deterministic: the same store gives the same solution. Not thread-safe.
 */
public final class PuzzleSolver {

    private final SolverConfig config;

    public PuzzleSolver(SolverConfig config) {
        this.config = config;
    }

    /** Receives the solver's progress: {@code done} of {@code total} starts from a corner. */
    @FunctionalInterface
    public interface Progress {
        void startsTried(int done, int total);
    }

    /** What the solver did, for a person: the solution and how it was reached. */
    public record Outcome(Solution solution, boolean sizeInferred, int relaxedPlacements, int strangers,
                          int emptyCells) {
    }

    /**
     * Solves the puzzle in {@code store}.
     *
     * @param size the grid, or empty to infer it from the pieces
     * @throws IllegalArgumentException when the store holds no scores or no corner piece fits the grid
     */
    public Outcome solve(MatchStore store, Optional<GridSize> size, Progress progress) {
        List<PieceRecord> records = store.pieces();
        PuzzleSides sides = new PuzzleSides(records);
        PairCosts costs = loadCosts(store, records, sides);
        GridSize grid = size.orElseGet(() -> inferSize(sides));
        return solve(sides, costs, grid, size.isEmpty(), progress);
    }

    Outcome solve(PuzzleSides sides, PairCosts costs, GridSize grid, boolean sizeInferred, Progress progress) {
        Assembly best = null;
        double bestCost = Double.MAX_VALUE;
        List<Integer> corners = new ArrayList<>();
        for (int piece = 0; piece < sides.size(); piece++) {
            if (sides.flatCount(piece) == 2) {
                corners.add(piece);
            }
        }
        for (int start = 0; start < corners.size(); start++) {
            int piece = corners.get(start);
            progress.startsTried(start, corners.size());
            for (int turns = 0; turns < 4; turns++) {
                Assembly assembly = new Assembly(grid, sides, costs);
                if (!assembly.fitsBorder(0, piece, turns)) {
                    continue;
                }
                assembly.place(0, piece, turns);
                new ConfidencePlacer(assembly, false, Double.MAX_VALUE).fill();
                assembly = repaired(assembly);
                double cost = assembly.totalCost();
                if (cost < bestCost) {
                    best = assembly;
                    bestCost = cost;
                }
            }
        }
        progress.startsTried(corners.size(), corners.size());
        if (best == null) {
            throw new IllegalArgumentException("no corner piece (two flat sides next to each other) among "
                    + sides.size() + " pieces: the solver starts from one; check the shapes with `snapfit query`");
        }
        best = searched(best);
        int relaxed = new ConfidencePlacer(best, true, config.strangerCost()).fill();
        int strangers = removeStrangers(best);
        return new Outcome(solutionOf(best), sizeInferred, relaxed, strangers, emptyCells(best));
    }

    private Assembly repaired(Assembly assembly) {
        Assembly current = assembly;
        double currentCost = current.totalCost();
        for (int round = 0; round < config.repairRounds(); round++) {
            Assembly trial = current.copy();
            int removed = 0;
            for (int cell = 0; cell < trial.cells(); cell++) {
                int piece = current.pieceAt(cell);
                if (piece >= 0 && confidence(current, cell) < config.doubtfulConfidence()) {
                    trial.remove(cell);
                    removed++;
                }
            }
            if (removed == 0) {
                break;
            }
            new ConfidencePlacer(trial, false, Double.MAX_VALUE).fill();
            double trialCost = trial.totalCost();
            if (trialCost >= currentCost) {
                break;
            }
            current = trial;
            currentCost = trialCost;
        }
        return current;
    }

    /**
     * Large neighbourhood search: takes out a block of cells at a random place and size and fills it again from
     * its surroundings, keeping the result when the total cost falls. Seeded, so deterministic.
     */
    private Assembly searched(Assembly assembly) {
        Random random = new Random(config.searchSeed());
        Assembly current = assembly;
        double currentCost = current.totalCost();
        GridSize grid = current.size;
        for (int round = 0; round < config.searchRounds(); round++) {
            int height = 2 + random.nextInt(Math.min(grid.rows(), config.maxBlock()) - 1);
            int width = 2 + random.nextInt(Math.min(grid.cols(), config.maxBlock()) - 1);
            int top = random.nextInt(grid.rows() - height + 1);
            int left = random.nextInt(grid.cols() - width + 1);
            Assembly trial = current.copy();
            for (int row = top; row < top + height; row++) {
                for (int col = left; col < left + width; col++) {
                    trial.remove(row * grid.cols() + col);
                }
            }
            if (trial.placedCount() == 0) {
                continue;
            }
            new ConfidencePlacer(trial, false, Double.MAX_VALUE).fill();
            double trialCost = trial.totalCost();
            if (trialCost < currentCost - 1e-6) {
                current = repaired(trial);
                currentCost = current.totalCost();
            }
        }
        return current;
    }

    private int removeStrangers(Assembly assembly) {
        List<Integer> strangers = new ArrayList<>();
        for (int cell = 0; cell < assembly.cells(); cell++) {
            int piece = assembly.pieceAt(cell);
            if (piece >= 0 && 2 * assembly.plausibleJoins(cell) < Math.max(1, assembly.placedNeighbours(cell))) {
                strangers.add(cell);
            }
        }
        strangers.forEach(assembly::remove);
        return strangers.size();
    }

    private static int emptyCells(Assembly assembly) {
        int empty = 0;
        for (int cell = 0; cell < assembly.cells(); cell++) {
            if (assembly.pieceAt(cell) < 0) {
                empty++;
            }
        }
        return empty;
    }

    private static Solution solutionOf(Assembly assembly) {
        List<Placement> placements = new ArrayList<>();
        List<PieceId> unplaced = new ArrayList<>();
        int cols = assembly.size.cols();
        for (int piece = 0; piece < assembly.sides.size(); piece++) {
            int cell = assembly.cellOf(piece);
            if (cell < 0) {
                unplaced.add(assembly.sides.pieceId(piece));
            } else {
                placements.add(new Placement(assembly.sides.pieceId(piece), cell / cols, cell % cols,
                        assembly.turnsAt(cell) * 90, confidence(assembly, cell)));
            }
        }
        placements.sort((a, b) -> Integer.compare(a.row() * cols + a.col(), b.row() * cols + b.col()));
        return new Solution(assembly.size.rows(), cols, placements, unplaced);
    }

    /** The mean over the piece's joins of 1 for best buddies, else how far the join beats the sides' second best. */
    static double confidence(Assembly assembly, int cell) {
        int piece = assembly.pieceAt(cell);
        int turns = assembly.turnsAt(cell);
        double sum = 0;
        int joins = 0;
        for (int direction = 0; direction < 4; direction++) {
            int facing = assembly.facingSide(cell, direction);
            if (facing < 0) {
                continue;
            }
            int side = PuzzleSides.sideFacing(piece, direction, turns);
            sum += assembly.costs.bestBuddies(side, facing) ? 1 : Math.max(0, 1 - assembly.costs.cost(side, facing));
            joins++;
        }
        return joins == 0 ? 0 : sum / joins;
    }

    static GridSize inferSize(PuzzleSides sides) {
        int edges = 0;
        int inner = 0;
        for (int piece = 0; piece < sides.size(); piece++) {
            switch (sides.flatCount(piece)) {
                case 0 -> inner++;
                case 1 -> edges++;
                default -> { }
            }
        }
        return GridSize.infer(edges, inner);
    }

    PairCosts loadCosts(MatchStore store, List<PieceRecord> records, PuzzleSides sides) {
        PieceKeys keys = store.pieceKeys();
        int[] pieceOfKey = new int[records.stream().mapToInt(record -> keys.keyOf(record.pieceId())).max().orElse(0) + 1];
        Arrays.fill(pieceOfKey, -1);
        for (int piece = 0; piece < records.size(); piece++) {
            pieceOfKey[keys.keyOf(records.get(piece).pieceId())] = piece;
        }
        int sideCount = sides.size() * PuzzleSides.SIDES;
        BestPartners best = new BestPartners(Math.max(sideCount, 1), config.partnersPerSide());
        long[] scored = {0};
        store.forEachScore((keyA, keyB, similarity) -> {
            int pieceA = pieceOfKey[keyA / PuzzleSides.SIDES];
            int pieceB = pieceOfKey[keyB / PuzzleSides.SIDES];
            best.offer(pieceA * PuzzleSides.SIDES + keyA % PuzzleSides.SIDES,
                    pieceB * PuzzleSides.SIDES + keyB % PuzzleSides.SIDES, similarity);
            scored[0]++;
        });
        if (scored[0] == 0) {
            throw new IllegalArgumentException(store.file() + " holds no scores: run `snapfit match --cache DIR` first");
        }
        return PairCosts.of(best, sideCount, config.partnersPerSide());
    }
}
