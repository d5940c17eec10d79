package snapfit.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import snapfit.model.PieceRecord;
import snapfit.store.MatchStore;
import snapfit.synth.Evaluator;
import snapfit.synth.SolutionAccuracy;

class PuzzleSolverTest {

    @TempDir
    Path dir;

    @Test
    void solve_clearScores_putsEveryPieceInItsCellWithItsRotation() {
        ScoredPuzzle puzzle = ScoredPuzzle.create(dir, 6, 8, 3, 0);

        SolutionAccuracy accuracy = solveAndEvaluate(puzzle);

        assertThat(accuracy.pieces()).isEqualTo(48);
        assertThat(accuracy.piecesCorrect()).isEqualTo(48);
        assertThat(accuracy.joinsCorrect()).isEqualTo(accuracy.trueJoins()).isEqualTo(6 * 7 + 5 * 8);
    }

    @Test
    void solve_tenthOfTruePairsOutrankedByWrongOnes_globalPlacementStillRight() {
        ScoredPuzzle puzzle = ScoredPuzzle.create(dir, 8, 10, 5, 0.1);

        SolutionAccuracy accuracy = solveAndEvaluate(puzzle);

        assertThat(accuracy.adjacencyAccuracy()).isEqualTo(1.0);
        assertThat(accuracy.pieceAccuracy()).isEqualTo(1.0);
    }

    @Test
    void solve_sizeNotGiven_infersItFromThePieceTypes() {
        ScoredPuzzle puzzle = ScoredPuzzle.create(dir, 5, 7, 2, 0);
        try (MatchStore store = MatchStore.open(puzzle.database)) {
            PuzzleSolver.Outcome outcome = new PuzzleSolver(SolverConfig.DEFAULT).solve(store, Optional.empty(),
                    (done, total) -> { });

            assertThat(outcome.sizeInferred()).isTrue();
            assertThat(outcome.solution().rows()).isEqualTo(5);
            assertThat(outcome.solution().cols()).isEqualTo(7);
            assertThat(outcome.emptyCells()).isZero();
        }
    }

    @Test
    void solve_twice_givesTheSameSolution() {
        ScoredPuzzle puzzle = ScoredPuzzle.create(dir, 6, 6, 7, 0.15);
        try (MatchStore store = MatchStore.open(puzzle.database)) {
            PuzzleSolver solver = new PuzzleSolver(SolverConfig.DEFAULT);

            assertThat(solver.solve(store, Optional.empty(), (done, total) -> { }).solution())
                    .isEqualTo(solver.solve(store, Optional.empty(), (done, total) -> { }).solution());
        }
    }

    @Test
    void solve_fivePercentMissingAndTwelveStrangers_placesTheRestRightAndLeavesTheStrangersOut() {
        ScoredPuzzle puzzle = ScoredPuzzle.withGaps(dir, 8, 10, 11, 20, 12);

        SolutionAccuracy accuracy = solveAndEvaluate(puzzle, Optional.of(new GridSize(8, 10)));

        assertThat(accuracy.pieces()).as("pieces photographed").isEqualTo(76);
        assertThat(accuracy.strangers()).isEqualTo(12);
        assertThat(accuracy.strangersPlaced()).isZero();
        assertThat(accuracy.piecesCorrect()).isEqualTo(accuracy.placed()).isGreaterThanOrEqualTo(74);
        assertThat(accuracy.joinsCorrect()).isEqualTo(accuracy.joins());
    }

    @Test
    void solve_innerPieceWithASideMisreadAsFlat_stillGoesToItsCell() {
        ScoredPuzzle puzzle = ScoredPuzzle.withWrongShape(dir, 6, 8, 13);

        SolutionAccuracy accuracy = solveAndEvaluate(puzzle, Optional.of(new GridSize(6, 8)));

        assertThat(accuracy.pieceAccuracy()).isEqualTo(1.0);
        assertThat(accuracy.joinsCorrect()).isEqualTo(accuracy.joins());
    }

    private static SolutionAccuracy solveAndEvaluate(ScoredPuzzle puzzle) {
        return solveAndEvaluate(puzzle, Optional.empty());
    }

    private static SolutionAccuracy solveAndEvaluate(ScoredPuzzle puzzle, Optional<GridSize> size) {
        try (MatchStore store = MatchStore.open(puzzle.database)) {
            PuzzleSolver.Outcome outcome = new PuzzleSolver(SolverConfig.DEFAULT).solve(store, size,
                    (done, total) -> { });
            java.util.List<PieceRecord> pieces = store.pieces();
            return Evaluator.evaluateSolution(puzzle.truth, pieces, outcome.solution());
        }
    }
}
