package snapfit.synth;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import snapfit.model.EdgePos;
import snapfit.model.PieceId;
import snapfit.model.Placement;
import snapfit.model.SegmentId;
import snapfit.model.SegmentPair;
import snapfit.model.Solution;

/**
 * How well a solution reassembles a synthetic puzzle, allowing for a turn of the whole solution (a solver cannot
 * tell which way is up).
 *
 * @param pieces          true pieces that were detected, which a solution can place
 * @param placed          of those, how many the solution places
 * @param globalRotation  the clockwise turn of the whole solution, in degrees, that puts the most pieces right
 * @param piecesCorrect   pieces in their true cell with their true rotation, after that turn
 * @param trueJoins       pairs of true neighbours that were both detected
 * @param joins           pairs of pieces the solution puts side by side
 * @param joinsCorrect    of those, pairs of true neighbours touching by their true sides
 * @param strangers       detected pieces that are not in the truth (another puzzle's)
 * @param strangersPlaced of those, how many the solution places
 */
public record SolutionAccuracy(
        @JsonProperty("pieces") int pieces,
        @JsonProperty("placed") int placed,
        @JsonProperty("global_rotation") int globalRotation,
        @JsonProperty("pieces_correct") int piecesCorrect,
        @JsonProperty("true_joins") int trueJoins,
        @JsonProperty("joins") int joins,
        @JsonProperty("joins_correct") int joinsCorrect,
        @JsonProperty("strangers") int strangers,
        @JsonProperty("strangers_placed") int strangersPlaced) {

    /** Share of the true neighbour pairs that the solution joins correctly. */
    @JsonIgnore
    public double adjacencyAccuracy() {
        return trueJoins == 0 ? 0 : (double) joinsCorrect / trueJoins;
    }

    /** Share of the detected true pieces in the right cell with the right rotation. */
    @JsonIgnore
    public double pieceAccuracy() {
        return pieces == 0 ? 0 : (double) piecesCorrect / pieces;
    }

    static SolutionAccuracy of(PuzzleTruth truth, PiecePairing pairing, Solution solution) {
        Map<PieceId, TruthPiece> truthOf = new HashMap<>();
        pairing.pairs().forEach(pair -> truthOf.put(pair.detected().pieceId(), pair.truth()));
        Set<PieceId> strangers = new HashSet<>(pairing.spurious());
        int placed = 0;
        int strangersPlaced = 0;
        for (Placement placement : solution.placements()) {
            if (truthOf.containsKey(placement.pieceId())) {
                placed++;
            } else if (strangers.contains(placement.pieceId())) {
                strangersPlaced++;
            }
        }
        int bestTurn = 0;
        int bestCorrect = -1;
        for (int turns = 0; turns < 4; turns++) {
            int correct = correctPieces(truth, truthOf, solution, turns);
            if (correct > bestCorrect) {
                bestCorrect = correct;
                bestTurn = turns;
            }
        }
        Set<SegmentPair> trueJoins = new HashSet<>();
        for (TrueNeighbours pair : truth.neighbours()) {
            trueJoins.add(SegmentPair.of(pair.segId1(), pair.segId2()));
        }
        Set<PieceId> detectedTruth = new HashSet<>();
        truthOf.values().forEach(piece -> detectedTruth.add(piece.pieceId()));
        int trueJoinsDetected = (int) truth.neighbours().stream().filter(pair ->
                detectedTruth.contains(pair.segId1().pieceId()) && detectedTruth.contains(pair.segId2().pieceId())).count();
        Placement[][] grid = new Placement[solution.rows()][solution.cols()];
        solution.placements().forEach(placement -> grid[placement.row()][placement.col()] = placement);
        int joins = 0;
        int joinsCorrect = 0;
        for (int row = 0; row < solution.rows(); row++) {
            for (int col = 0; col < solution.cols(); col++) {
                Placement here = grid[row][col];
                Placement[] next = {col + 1 < solution.cols() ? grid[row][col + 1] : null,
                        row + 1 < solution.rows() ? grid[row + 1][col] : null};
                EdgePos[] towards = {EdgePos.RIGHT, EdgePos.BOTTOM};
                for (int i = 0; i < 2; i++) {
                    if (here == null || next[i] == null) {
                        continue;
                    }
                    joins++;
                    TruthPiece a = truthOf.get(here.pieceId());
                    TruthPiece b = truthOf.get(next[i].pieceId());
                    if (a != null && b != null && trueJoins.contains(SegmentPair.of(
                            new SegmentId(a.pieceId(), here.sideFacing(towards[i])),
                            new SegmentId(b.pieceId(), next[i].sideFacing(opposite(towards[i])))))) {
                        joinsCorrect++;
                    }
                }
            }
        }
        return new SolutionAccuracy(truthOf.size(), placed, bestTurn * 90, bestCorrect, trueJoinsDetected, joins,
                joinsCorrect, strangers.size(), strangersPlaced);
    }

    /** Pieces in their true cell and rotation once the whole solution is turned {@code turns} times clockwise. */
    private static int correctPieces(PuzzleTruth truth, Map<PieceId, TruthPiece> truthOf, Solution solution,
                                     int turns) {
        boolean sideways = turns % 2 == 1;
        int rows = sideways ? solution.cols() : solution.rows();
        int cols = sideways ? solution.rows() : solution.cols();
        if (rows != truth.config().rows() || cols != truth.config().cols()) {
            return 0;
        }
        int correct = 0;
        for (Placement placement : solution.placements()) {
            TruthPiece piece = truthOf.get(placement.pieceId());
            if (piece == null) {
                continue;
            }
            int row = placement.row();
            int col = placement.col();
            int height = solution.rows();
            for (int turn = 0; turn < turns; turn++) {
                int turnedRow = col;
                col = height - 1 - row;
                row = turnedRow;
                height = height == solution.rows() ? solution.cols() : solution.rows();
            }
            // The truth turns the finished puzzle into the photo; a placement turns the photo back.
            int trueRotation = Math.floorMod(-(int) Math.round(piece.rotationDegrees() / 90) * 90, 360);
            if (row == piece.row() && col == piece.col()
                    && (placement.rotation() + 90 * turns) % 360 == trueRotation) {
                correct++;
            }
        }
        return correct;
    }

    private static EdgePos opposite(EdgePos edge) {
        return edge.rotatedClockwise().rotatedClockwise();
    }

    /** Two aligned lines, as {@link EvaluationReport#toText()} prints them. */
    String toText() {
        return String.format(Locale.ROOT, "solution    %d of %d pieces placed, %d (%.2f%%) in the right cell and"
                        + " rotation (whole solution turned %d degrees)%n", placed, pieces, piecesCorrect,
                100 * pieceAccuracy(), globalRotation)
                + String.format(Locale.ROOT, "adjacency   %d of %d true neighbour pairs joined (%.2f%%); %d of %d"
                        + " joins right; %d of %d strangers placed%n", joinsCorrect, trueJoins,
                100 * adjacencyAccuracy(), joinsCorrect, joins, strangersPlaced, strangers);
    }
}
