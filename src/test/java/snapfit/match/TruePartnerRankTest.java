package snapfit.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import snapfit.model.CornerIndices;
import snapfit.model.CornerPos;
import snapfit.model.MatchResult;
import snapfit.model.PixelPoint;
import snapfit.pipeline.Matching;
import snapfit.puzzle.Contour;
import snapfit.puzzle.Piece;
import snapfit.synth.EvaluationReport;
import snapfit.synth.Evaluator;
import snapfit.synth.Generator;
import snapfit.synth.GeneratorConfig;
import snapfit.synth.PieceOutline;
import snapfit.synth.SyntheticPuzzle;
import snapfit.synth.TruthPiece;

/** Scores on the generator's true outlines (no photo): the ranking the score gives when vision is perfect. */
class TruePartnerRankTest {

    @ParameterizedTest
    @ValueSource(doubles = {0, 30})
    void matchAll_trueOutlinesOfA5x6Puzzle_everyTruePartnerRanksFirst(double maxRotation) {
        GeneratorConfig config = new GeneratorConfig(5, 6, 11, 12, maxRotation, true);
        SyntheticPuzzle puzzle = Generator.plan(config);
        List<Piece> pieces = truePieces(puzzle);

        List<MatchResult> matches = new PieceMatcher(Matching.segmentsOf(pieces), ScoreConfig.defaults(), 2)
                .matchAllToList();
        EvaluationReport report = Evaluator.evaluate(puzzle.truth(), pieces.stream().map(Piece::toRecord).toList(),
                matches::stream);

        assertThat(report.matches().sides()).isEqualTo(2 * (5 * 5 + 4 * 6));
        assertThat(report.matches().top1Rate()).isEqualTo(1.0);
    }

    /** Each piece from its true outline rounded to pixels, corners named as in the photo (the truth's names). */
    static List<Piece> truePieces(SyntheticPuzzle puzzle) {
        List<Piece> pieces = new ArrayList<>();
        for (TruthPiece truth : puzzle.truth().pieces()) {
            PieceOutline outline = puzzle.outline(truth.pieceId());
            int[] xy = new int[2 * outline.size()];
            for (int i = 0; i < outline.size(); i++) {
                xy[2 * i] = (int) Math.round(outline.x(i));
                xy[2 * i + 1] = (int) Math.round(outline.y(i));
            }
            int[] corners = new int[4];
            for (CornerPos named : CornerPos.values()) {
                PixelPoint point = truth.corners().get(named);
                double nearest = Double.MAX_VALUE;
                for (CornerPos drawn : CornerPos.values()) {
                    int index = outline.cornerIndex(drawn);
                    double distance = Math.hypot(outline.x(index) - point.x(), outline.y(index) - point.y());
                    if (distance < nearest) {
                        nearest = distance;
                        corners[named.ordinal()] = index;
                    }
                }
            }
            pieces.add(Piece.fromContour(truth.pieceId(), Contour.ofInterleaved(xy), CornerIndices.of(corners)));
        }
        return pieces;
    }
}
