package snapfit.pipeline;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import snapfit.analysis.ImageFiles;
import snapfit.model.InputFileException;
import snapfit.model.PieceType;
import snapfit.model.Placement;
import snapfit.solve.GridSize;
import snapfit.solve.GuidedSession;
import snapfit.solve.SolverConfig;
import snapfit.store.MatchStore;

/**
 * {@code snapfit guide}: guided solving sessions on a cache folder ({@link GuidedSession}), with the picture of each
 * candidate in its cell written to {@code CACHE/guided/session-N/candidate-K.png}.
 */
public final class GuidedSolving {

    private GuidedSolving() {
    }

    /** A suggestion and the pictures of its candidates, in the same order. */
    public record Step(@JsonProperty("session_id") long sessionId,
                       @JsonProperty("suggestion") GuidedSession.Suggestion suggestion,
                       @JsonProperty("images") List<Path> images) {

        public Step {
            images = List.copyOf(images);
        }
    }

    /**
     * Starts a session over {@code size}, or the stored solution's grid, or the grid the piece counts give.
     *
     * @throws InputFileException when the folder is not a cache
     */
    public static long start(Path cacheDir, Optional<GridSize> size) {
        try (MatchStore store = CacheFolder.openStore(cacheDir)) {
            GridSize grid = size.orElseGet(() -> store.solution()
                    .map(solution -> new GridSize(solution.rows(), solution.cols()))
                    .orElseGet(() -> GridSize.infer(store.pieces(PieceType.EDGE).size(),
                            store.pieces(PieceType.INNER).size())));
            return GuidedSession.start(store, grid, SolverConfig.DEFAULT).id();
        }
    }

    /** The latest session's number. */
    public static long latest(Path cacheDir) {
        try (MatchStore store = CacheFolder.openStore(cacheDir)) {
            List<Long> sessions = store.guidedSessions();
            if (sessions.isEmpty()) {
                throw new InputFileException(store.file(), "holds no guided session; start one with `snapfit guide"
                        + " start --cache " + cacheDir + "`");
            }
            return sessions.get(sessions.size() - 1);
        }
    }

    /**
     * The next suggestion of a session and its pictures; empty when the grid is full or no piece is left.
     *
     * @param dataRoot the folder the photos' paths are relative to; empty to skip the pictures
     */
    public static Optional<Step> next(Path cacheDir, long sessionId, int candidates, Optional<Path> dataRoot) {
        try (MatchStore store = CacheFolder.openStore(cacheDir)) {
            GuidedSession session = resume(store, sessionId);
            Optional<GuidedSession.Suggestion> suggestion = session.suggest(candidates);
            if (suggestion.isEmpty()) {
                return Optional.empty();
            }
            List<Path> images = new ArrayList<>();
            if (dataRoot.isPresent()) {
                List<Placement> confirmed = session.confirmed();
                Path folder = cacheDir.resolve("guided").resolve("session-" + sessionId);
                for (int i = 0; i < suggestion.get().candidates().size(); i++) {
                    GuidedSession.Candidate candidate = suggestion.get().candidates().get(i);
                    Path file = folder.resolve("candidate-" + (i + 1) + ".png");
                    ImageFiles.writePng(SolutionPictures.candidate(cacheDir, dataRoot.get(), store.sheets(), confirmed,
                            new Placement(candidate.pieceId(), suggestion.get().row(), suggestion.get().col(),
                                    candidate.rotation(), 1)), file);
                    images.add(file);
                }
            }
            return Optional.of(new Step(sessionId, suggestion.get(), images));
        }
    }

    /** Records a person's decision on a piece in a cell. */
    public static void decide(Path cacheDir, long sessionId, Placement placement, boolean accepted) {
        try (MatchStore store = CacheFolder.openStore(cacheDir)) {
            GuidedSession session = resume(store, sessionId);
            try {
                if (accepted) {
                    session.accept(placement.pieceId(), placement.row(), placement.col(), placement.rotation());
                } else {
                    session.reject(placement.pieceId(), placement.row(), placement.col(), placement.rotation());
                }
            } catch (IllegalArgumentException e) {
                throw new InputFileException(store.file(), e.getMessage(), e);
            }
        }
    }

    private static GuidedSession resume(MatchStore store, long sessionId) {
        try {
            return GuidedSession.resume(store, sessionId, SolverConfig.DEFAULT);
        } catch (IllegalArgumentException e) {
            throw new InputFileException(store.file(), e.getMessage(), e);
        }
    }
}
