package snapfit.solve;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import snapfit.model.EdgePos;
import snapfit.model.GuidedStep;
import snapfit.model.PieceId;
import snapfit.model.Placement;
import snapfit.model.SegmentId;
import snapfit.model.SegmentPair;
import snapfit.model.Similarity;
import snapfit.store.GuidedSessionRecord;
import snapfit.store.MatchStore;

/**
 * Guided solving for a person at the table: from the placements they confirmed, the next cell to fill and the
 * best candidates for it. Each decision is kept in {@code dataset.db} with the session, and as the manual score of
 * the joins it makes ({@code similarity_manual}: 0 for an accepted piece, the worst score for a rejected one), so
 * the next suggestion, and every later solve, ranks by it; a session resumes after a restart from the store
 * alone. The next cell is the empty one next to confirmed pieces with the most confirmed neighbours and the
 * clearest best candidate; before any confirmation it is the top-left corner. The candidates come first with
 * the piece the solver would put there once the rest is filled around the confirmed pieces
 * ({@link ConfidencePlacer}; before any confirmation, the corner whose assembly costs least, as
 * {@link PuzzleSolver} chooses), then by cost against the confirmed neighbours.
 *
 * <p>Not thread-safe; reads the scores again for each suggestion, so decisions made meanwhile count.
 */
public final class GuidedSession {

    /** The score of one join a candidate makes with a confirmed neighbour. */
    public record Join(@JsonProperty("direction") EdgePos direction, @JsonProperty("side") SegmentId side,
                       @JsonProperty("neighbour_side") SegmentId neighbourSide,
                       @JsonProperty("similarity") float similarity) {

        public Join {
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(side, "side");
            Objects.requireNonNull(neighbourSide, "neighbourSide");
        }
    }

    /** A piece that could go in the suggested cell, with its rotation and its joins with confirmed neighbours. */
    public record Candidate(@JsonProperty("piece_id") PieceId pieceId, @JsonProperty("rotation") int rotation,
                            @JsonProperty("cost") double cost, @JsonProperty("joins") List<Join> joins) {

        public Candidate {
            Objects.requireNonNull(pieceId, "pieceId");
            joins = List.copyOf(joins);
        }
    }

    /** The cell to fill next and its best candidates, best first. */
    public record Suggestion(@JsonProperty("row") int row, @JsonProperty("col") int col,
                             @JsonProperty("candidates") List<Candidate> candidates) {

        public Suggestion {
            candidates = List.copyOf(candidates);
        }
    }

    /** One candidate while ranking: a piece, its clockwise quarter turns and its summed cost. */
    private record Ranked(int piece, int turns, float cost) {
    }

    private final MatchStore store;
    private final GuidedSessionRecord record;
    private final SolverConfig config;

    private GuidedSession(MatchStore store, GuidedSessionRecord record, SolverConfig config) {
        this.store = store;
        this.record = record;
        this.config = config;
    }

    /** Starts a new session over a grid of {@code size}, stored in {@code store}. */
    public static GuidedSession start(MatchStore store, GridSize size, SolverConfig config) {
        return new GuidedSession(store, store.createGuidedSession(size.rows(), size.cols()), config);
    }

    /**
     * Resumes a stored session.
     *
     * @throws IllegalArgumentException when the store holds no session with that number
     */
    public static GuidedSession resume(MatchStore store, long sessionId, SolverConfig config) {
        GuidedSessionRecord record = store.guidedSession(sessionId).orElseThrow(() -> new IllegalArgumentException(
                "no guided session " + sessionId + " in " + store.file() + "; start one, or pick one of "
                        + store.guidedSessions()));
        return new GuidedSession(store, record, config);
    }

    public long id() {
        return record.sessionId();
    }

    public GridSize size() {
        return new GridSize(record.rows(), record.cols());
    }

    /** Every decision so far, in order. */
    public List<GuidedStep> steps() {
        return store.guidedSteps(record.sessionId());
    }

    /** The placements a person confirmed. */
    public List<Placement> confirmed() {
        return steps().stream().filter(GuidedStep::accepted).map(GuidedStep::asPlacement).toList();
    }

    /** The next cell and up to {@code count} candidates, or empty when the grid is full or no piece is left. */
    public Optional<Suggestion> suggest(int count) {
        List<snapfit.model.PieceRecord> records = store.pieces();
        PuzzleSides sides = new PuzzleSides(records);
        PairCosts costs = new PuzzleSolver(config).loadCosts(store, records, sides);
        Assembly assembly = new Assembly(size(), sides, costs);
        Set<Long> rejected = new HashSet<>();
        for (GuidedStep step : steps()) {
            int cell = step.row() * record.cols() + step.col();
            int piece = sides.indexOf(step.pieceId());
            if (step.accepted()) {
                assembly.place(cell, piece, step.rotation() / 90);
            } else {
                rejected.add((long) cell << 32 | piece);
            }
        }
        // What the solver would put everywhere else given the confirmed pieces: its choice leads each cell's list.
        Assembly completed = assembly.placedCount() > 0 ? completed(assembly) : bestStart(assembly);
        int bestCell = -1;
        double bestPriority = Double.NEGATIVE_INFINITY;
        List<Ranked> bestCandidates = List.of();
        for (int cell = 0; cell < assembly.cells(); cell++) {
            int joins = assembly.placedNeighbours(cell);
            boolean start = assembly.placedCount() == 0 && cell == 0;
            if (assembly.pieceAt(cell) >= 0 || joins == 0 && !start) {
                continue;
            }
            List<Ranked> candidates = candidates(assembly, cell, rejected, count, completed);
            if (candidates.isEmpty()) {
                continue;
            }
            float best = candidates.get(0).cost();
            float second = candidates.size() > 1 ? candidates.get(1).cost() : Float.MAX_VALUE;
            double priority = joins + (second == Float.MAX_VALUE || second == 0 ? 1 : Math.max(0, (second - best) / second));
            if (priority > bestPriority) {
                bestPriority = priority;
                bestCell = cell;
                bestCandidates = candidates;
            }
        }
        if (bestCell < 0) {
            return Optional.empty();
        }
        List<Candidate> result = new ArrayList<>();
        for (Ranked candidate : bestCandidates) {
            result.add(describe(assembly, bestCell, candidate.piece(), candidate.turns(), store));
        }
        return Optional.of(new Suggestion(bestCell / record.cols(), bestCell % record.cols(), result));
    }

    private static Assembly completed(Assembly assembly) {
        Assembly completed = assembly.copy();
        new ConfidencePlacer(completed, false, Double.MAX_VALUE).fill();
        return completed;
    }

    /** Before any confirmation: the cheapest assembly grown from a corner piece in the top-left cell. */
    private static Assembly bestStart(Assembly empty) {
        Assembly best = empty;
        double bestCost = Double.MAX_VALUE;
        for (int piece = 0; piece < empty.sides.size(); piece++) {
            for (int turns = 0; turns < 4; turns++) {
                if (empty.fitsBorder(0, piece, turns)) {
                    Assembly start = empty.copy();
                    start.place(0, piece, turns);
                    Assembly grown = completed(start);
                    if (grown.totalCost() < bestCost) {
                        best = grown;
                        bestCost = grown.totalCost();
                    }
                }
            }
        }
        return best;
    }

    /** Confirms a piece in a cell: it stays there, and its joins with confirmed neighbours score best from now on. */
    public void accept(PieceId piece, int row, int col, int rotation) {
        decide(new GuidedStep(piece, row, col, rotation, true), 0f);
    }

    /** Records that a piece does not go in a cell in this rotation: it is not proposed there again. */
    public void reject(PieceId piece, int row, int col, int rotation) {
        decide(new GuidedStep(piece, row, col, rotation, false), Similarity.MAX);
    }

    private void decide(GuidedStep step, float manual) {
        if (step.row() >= record.rows() || step.col() >= record.cols()) {
            throw new IllegalArgumentException("row " + step.row() + ", col " + step.col() + " is outside session "
                    + record.sessionId() + "'s " + record.rows() + " x " + record.cols() + " grid");
        }
        Map<Integer, Placement> byCell = new HashMap<>();
        for (Placement placement : confirmed()) {
            if (placement.pieceId().equals(step.pieceId())) {
                throw new IllegalArgumentException("piece " + step.pieceId() + " is already confirmed at row "
                        + placement.row() + ", col " + placement.col());
            }
            byCell.put(placement.row() * record.cols() + placement.col(), placement);
        }
        if (byCell.containsKey(step.row() * record.cols() + step.col())) {
            throw new IllegalArgumentException("row " + step.row() + ", col " + step.col() + " already holds "
                    + byCell.get(step.row() * record.cols() + step.col()).pieceId());
        }
        Placement placed = step.asPlacement();
        List<SegmentPair> joins = new ArrayList<>();
        for (EdgePos direction : EdgePos.values()) {
            int row = step.row() + switch (direction) {
                case TOP -> -1;
                case BOTTOM -> 1;
                case LEFT, RIGHT -> 0;
            };
            int col = step.col() + switch (direction) {
                case LEFT -> -1;
                case RIGHT -> 1;
                case TOP, BOTTOM -> 0;
            };
            boolean inside = row >= 0 && col >= 0 && row < record.rows() && col < record.cols();
            Placement neighbour = inside ? byCell.get(row * record.cols() + col) : null;
            if (neighbour != null) {
                EdgePos back = direction.rotatedClockwise().rotatedClockwise();
                joins.add(SegmentPair.of(new SegmentId(step.pieceId(), placed.sideFacing(direction)),
                        new SegmentId(neighbour.pieceId(), neighbour.sideFacing(back))));
            }
        }
        store.addGuidedStep(record.sessionId(), step, joins, manual);
    }

    /**
     * The best {@code count} candidates for a cell, one per piece, rejected ones left out: first the piece the
     * completed assembly puts there, then the cheapest others.
     */
    private static List<Ranked> candidates(Assembly assembly, int cell, Set<Long> rejected, int count,
                                           Assembly completed) {
        Map<Integer, Ranked> bestPerPiece = new HashMap<>();
        assembly.forEachCandidate(cell, false, (piece, turns, cost) -> {
            Ranked known = bestPerPiece.get(piece);
            if (!rejected.contains((long) cell << 32 | piece) && (known == null || cost < known.cost())) {
                bestPerPiece.put(piece, new Ranked(piece, turns, cost));
            }
        });
        int chosen = completed.pieceAt(cell);
        Comparator<Ranked> solverFirst = Comparator.comparing(ranked -> ranked.piece() != chosen
                || ranked.turns() != completed.turnsAt(cell));
        return bestPerPiece.values().stream()
                .sorted(solverFirst.thenComparingDouble(Ranked::cost).thenComparingInt(Ranked::piece))
                .limit(count).toList();
    }

    private static Candidate describe(Assembly assembly, int cell, int piece, int turns, MatchStore store) {
        List<Join> joins = new ArrayList<>();
        for (EdgePos direction : EdgePos.values()) {
            int facing = assembly.facingSide(cell, direction.ordinal());
            if (facing < 0) {
                continue;
            }
            SegmentId side = new SegmentId(assembly.sides.pieceId(piece),
                    EdgePos.values()[PuzzleSides.sideFacing(piece, direction.ordinal(), turns) % PuzzleSides.SIDES]);
            SegmentId neighbourSide = new SegmentId(assembly.sides.pieceId(facing / PuzzleSides.SIDES),
                    EdgePos.values()[facing % PuzzleSides.SIDES]);
            float similarity = store.pair(side, neighbourSide).map(m -> m.effectiveSimilarity()).orElse(Similarity.MAX);
            joins.add(new Join(direction, side, neighbourSide, similarity));
        }
        return new Candidate(assembly.sides.pieceId(piece), turns * 90, assembly.costAt(cell, piece, turns), joins);
    }
}
