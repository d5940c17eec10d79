package snapfit.synth;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import snapfit.model.MatchResult;
import snapfit.model.PieceRecord;
import snapfit.model.Solution;

/**
 * Measures the pipeline against a synthetic puzzle's truth:
 *
 * <ol>
 *   <li>pairs detected pieces with true ones by position ({@link PiecePairing}: same sheet, nearest
 *       box centre within half the piece size, one to one);</li>
 *   <li>over the pairs, compares corners by name (pixel error; share off by more than 3% of the
 *       piece size), side shapes (confusion matrix), piece types and orientations;</li>
 *   <li>ranks each true partner among the scored partners of its side, from both sides of every true
 *       pair, mapping detected segment ids to true ones through the pairing ({@link MatchRanking}).</li>
 * </ol>
 *
 * Stateless and thread-safe.
 */
public final class Evaluator {

    private Evaluator() {
    }

    /**
     * @param detected the pieces as in {@code metadata.json}
     * @param matches  the scored pairs; called twice, each call must give the same matches (a query or a
     *                 file read is fine); each unordered pair at most once
     * @throws IllegalArgumentException when the truth is of another puzzle: none of its sheets was detected, or
     *                                  fewer than half the detected pieces lie where it puts one with the same four
     *                                  side shapes
     */
    public static EvaluationReport evaluate(PuzzleTruth truth, List<PieceRecord> detected,
                                            Supplier<Stream<MatchResult>> matches) {
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(matches, "matches");
        requireSamePuzzle(truth, detected);
        PiecePairing pairing = PiecePairing.of(truth.pieces(), List.copyOf(detected));
        // Another generated puzzle names its sheets alike and fills the same slots, but its pieces have other
        // shapes: at most a few agree by chance, where detection gets 99.5% or more right.
        long alike = pairing.pairs().stream()
                .filter(pair -> pair.truth().segmentShapes().equals(pair.detected().segmentShapes())).count();
        if (2 * alike < detected.size()) {
            throw new IllegalArgumentException("only " + alike + " of the " + detected.size() + " detected pieces lie"
                    + " where this truth puts a piece of the same shape: it is the truth of another puzzle");
        }
        List<RankAccuracy> ranks = MatchRanking.of(truth, pairing, matches);
        return new EvaluationReport(
                DetectionAccuracy.of(pairing, truth.pieces().size(), detected.size()),
                CornerAccuracy.of(pairing),
                ShapeAccuracy.of(pairing),
                ranks.get(0),
                ranks.get(1),
                null);
    }

    /**
     * How well {@code solution} reassembles the puzzle ({@link SolutionAccuracy}), detected pieces paired with
     * true ones as {@link #evaluate} pairs them.
     */
    public static SolutionAccuracy evaluateSolution(PuzzleTruth truth, List<PieceRecord> detected, Solution solution) {
        return SolutionAccuracy.of(truth, PiecePairing.of(truth.pieces(), List.copyOf(detected)), solution);
    }

    private static void requireSamePuzzle(PuzzleTruth truth, List<PieceRecord> detected) {
        Set<String> detectedSheets = new TreeSet<>();
        detected.forEach(piece -> detectedSheets.add(piece.pieceId().sheetId()));
        Set<String> trueSheets = new TreeSet<>();
        truth.sheets().forEach(sheet -> trueSheets.add(sheet.sheetId()));
        if (!detectedSheets.isEmpty() && Collections.disjoint(detectedSheets, trueSheets)) {
            throw new IllegalArgumentException("its sheets (" + String.join(", ", trueSheets) + ") are none of the"
                    + " cache's (" + String.join(", ", detectedSheets) + "): it is the truth of another puzzle");
        }
    }
}
