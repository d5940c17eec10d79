package snapfit.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import snapfit.model.InputFileException;
import snapfit.model.Solution;
import snapfit.solve.GridSize;
import snapfit.solve.PuzzleSolver;
import snapfit.solve.SolverConfig;
import snapfit.store.MatchStore;
import snapfit.store.SolutionFile;

/**
 * {@code snapfit solve}: assembles the puzzle of a matched cache ({@link PuzzleSolver}) and keeps the solution in
 * {@code dataset.db} and, atomically, in {@code CACHE/solution.json}.
 */
public final class Solving {

    private Solving() {
    }

    /** What a solve did and how long it took. */
    public record Report(PuzzleSolver.Outcome outcome, Duration elapsed, Path solutionFile) {
    }

    /**
     * @param size the grid, or empty to infer it from the counts of corner, edge and inner pieces
     * @throws InputFileException when the folder is not a matched cache, or no grid can be assembled from it
     */
    public static Report solve(Path cacheDir, Optional<GridSize> size, SolverConfig config,
                               PuzzleSolver.Progress progress) {
        long start = System.nanoTime();
        try (MatchStore store = CacheFolder.openStore(cacheDir)) {
            PuzzleSolver.Outcome outcome;
            try {
                outcome = new PuzzleSolver(config).solve(store, size, progress);
            } catch (IllegalArgumentException e) {
                throw new InputFileException(store.file(), e.getMessage(), e);
            }
            store.saveSolution(outcome.solution());
            Path file = SolutionFile.in(cacheDir);
            SolutionFile.write(file, outcome.solution());
            return new Report(outcome, Duration.ofNanos(System.nanoTime() - start), file);
        }
    }

    /**
     * Draws the stored solution ({@link SolutionPictures}).
     *
     * @param dataRoot the folder the sheets' {@code img_path} is relative to: the one ingest was given, by default
     *                 the folder holding both the photos and the cache
     * @throws InputFileException when there is no solution yet, or a photo or contour file cannot be read
     */
    public static SolutionPictures.Files drawPictures(Path cacheDir, Path dataRoot) {
        try (MatchStore store = CacheFolder.openStore(cacheDir)) {
            Solution solution = store.solution().orElseThrow(() -> new InputFileException(store.file(),
                    "holds no solution yet; run `snapfit solve --cache " + cacheDir + "` first"));
            double pieceSize = store.puzzlePieceSize().orElse(SolutionPictures.DEFAULT_PIECE_SIZE);
            return SolutionPictures.write(cacheDir, dataRoot, store.sheets(), solution, pieceSize);
        }
    }
}
