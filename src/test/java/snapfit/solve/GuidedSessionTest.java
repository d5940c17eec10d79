package snapfit.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import snapfit.model.GuidedStep;
import snapfit.model.Similarity;
import snapfit.store.MatchStore;

class GuidedSessionTest {

    @TempDir
    Path dir;

    @Test
    void suggest_freshSession_proposesTheTopLeftCornerWithCornerPieces() {
        ScoredPuzzle puzzle = ScoredPuzzle.create(dir, 4, 5, 11, 0);
        try (MatchStore store = MatchStore.open(puzzle.database)) {
            GuidedSession session = GuidedSession.start(store, new GridSize(4, 5), SolverConfig.DEFAULT);

            GuidedSession.Suggestion suggestion = session.suggest(5).orElseThrow();

            assertThat(suggestion.row()).isZero();
            assertThat(suggestion.col()).isZero();
            assertThat(suggestion.candidates()).hasSize(4).allSatisfy(candidate ->
                    assertThat(store.pieces().stream().filter(p -> p.pieceId().equals(candidate.pieceId()))
                            .findFirst().orElseThrow().flatEdges()).hasSize(2));
        }
    }

    @Test
    void suggest_afterAcceptingACorner_proposesANeighbourWithItsTruePartnerFirst() {
        ScoredPuzzle puzzle = ScoredPuzzle.create(dir, 4, 5, 11, 0);
        try (MatchStore store = MatchStore.open(puzzle.database)) {
            GuidedSession session = GuidedSession.start(store, new GridSize(4, 5), SolverConfig.DEFAULT);
            GuidedSession.Candidate corner = session.suggest(5).orElseThrow().candidates().get(0);
            session.accept(corner.pieceId(), 0, 0, corner.rotation());

            GuidedSession.Suggestion next = session.suggest(5).orElseThrow();

            assertThat(next.row() + next.col()).isEqualTo(1);
            GuidedSession.Candidate best = next.candidates().get(0);
            assertThat(best.joins()).hasSize(1);
            assertThat(best.joins().get(0).similarity()).isEqualTo(Similarity.quantize(ScoredPuzzle.TRUE_SCORE));
            assertThat(store.pair(best.joins().get(0).side(), best.joins().get(0).neighbourSide()))
                    .hasValueSatisfying(match -> assertThat(match.similarityManual()).isNull());
        }
    }

    @Test
    void reject_candidate_isNotProposedForThatCellAgainAndScoresWorstFromThenOn() {
        ScoredPuzzle puzzle = ScoredPuzzle.create(dir, 4, 5, 11, 0);
        try (MatchStore store = MatchStore.open(puzzle.database)) {
            GuidedSession session = GuidedSession.start(store, new GridSize(4, 5), SolverConfig.DEFAULT);
            GuidedSession.Candidate corner = session.suggest(5).orElseThrow().candidates().get(0);
            session.accept(corner.pieceId(), 0, 0, corner.rotation());
            GuidedSession.Suggestion next = session.suggest(5).orElseThrow();
            GuidedSession.Candidate rejected = next.candidates().get(0);

            session.reject(rejected.pieceId(), next.row(), next.col(), rejected.rotation());

            GuidedSession.Suggestion after = session.suggest(5).orElseThrow();
            if (after.row() == next.row() && after.col() == next.col()) {
                assertThat(after.candidates()).noneMatch(c -> c.pieceId().equals(rejected.pieceId()));
            }
            GuidedSession.Join join = rejected.joins().get(0);
            assertThat(store.pair(join.side(), join.neighbourSide()).orElseThrow().similarityManual())
                    .isEqualTo(Similarity.MAX);
        }
    }

    @Test
    void resume_afterReopeningTheStore_keepsEveryDecisionAndItsScores() {
        ScoredPuzzle puzzle = ScoredPuzzle.create(dir, 4, 5, 11, 0);
        long id;
        GuidedSession.Candidate corner;
        GuidedSession.Suggestion next;
        try (MatchStore store = MatchStore.open(puzzle.database)) {
            GuidedSession session = GuidedSession.start(store, new GridSize(4, 5), SolverConfig.DEFAULT);
            id = session.id();
            corner = session.suggest(5).orElseThrow().candidates().get(0);
            session.accept(corner.pieceId(), 0, 0, corner.rotation());
            next = session.suggest(5).orElseThrow();
            session.reject(next.candidates().get(1).pieceId(), next.row(), next.col(),
                    next.candidates().get(1).rotation());
        }
        try (MatchStore store = MatchStore.open(puzzle.database)) {
            GuidedSession resumed = GuidedSession.resume(store, id, SolverConfig.DEFAULT);

            assertThat(resumed.size()).isEqualTo(new GridSize(4, 5));
            assertThat(resumed.steps()).containsExactly(
                    new GuidedStep(corner.pieceId(), 0, 0, corner.rotation(), true),
                    new GuidedStep(next.candidates().get(1).pieceId(), next.row(), next.col(),
                            next.candidates().get(1).rotation(), false));
            assertThat(resumed.suggest(5).orElseThrow().candidates().get(0).pieceId())
                    .isEqualTo(next.candidates().get(0).pieceId());
        }
    }

    @Test
    void resume_unknownSession_namesTheStoredOnes() {
        ScoredPuzzle puzzle = ScoredPuzzle.create(dir, 3, 3, 1, 0);
        try (MatchStore store = MatchStore.open(puzzle.database)) {
            GuidedSession.start(store, new GridSize(3, 3), SolverConfig.DEFAULT);

            assertThatThrownBy(() -> GuidedSession.resume(store, 42, SolverConfig.DEFAULT))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no guided session 42")
                    .hasMessageContaining("[1]");
        }
    }
}
