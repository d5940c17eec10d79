package snapfit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import snapfit.model.Solution;
import snapfit.pipeline.SolutionPictures;
import snapfit.pipeline.Solving;
import snapfit.solve.GridSize;
import snapfit.solve.PuzzleSolver;
import snapfit.solve.SolverConfig;

@Command(name = "solve", mixinStandardHelpOptions = true,
        description = {"Assemble the puzzle from the stored scores: every piece in a cell with a rotation.",
                "Writes CACHE/solution.json, keeps the solution in dataset.db and draws it from the photos"
                        + " (solution.png, solution_overview.png, solution_confidence.png, solution_doubts.png). The grid size comes from the"
                        + " counts of corner, edge and inner pieces unless --rows and --cols give it (give it when"
                        + " pieces are missing)."})
final class SolveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CacheOption cache;

    @Option(names = "--rows", paramLabel = "R", description = "Rows of the finished puzzle.")
    Integer rows;

    @Option(names = "--cols", paramLabel = "C", description = "Columns of the finished puzzle.")
    Integer cols;

    @Option(names = "--json", description = "Print solution.json's content instead of a summary.")
    boolean json;

    @Option(names = "--no-pictures", description = "Skip the pictures (they read every sheet photo once).")
    boolean noPictures;

    @Option(names = "--data-root", paramLabel = "DIR", description = {"The folder the photos' paths in dataset.db"
            + " are relative to, as given to ingest (default: the cache folder's parent)."})
    Path dataRoot;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Solving.Report report = Solving.solve(cache.checkedOnOpen(spec.commandLine().getErr(), "solve"), gridSize(),
                SolverConfig.DEFAULT, progress());
        Solution solution = report.outcome().solution();
        SolutionPictures.Files pictures = null;
        long picturesStart = System.nanoTime();
        if (!noPictures) {
            spec.commandLine().getErr().println("solve: drawing the solution from the photos...");
            pictures = Solving.drawPictures(cache.dir, dataRoot != null ? dataRoot
                    : cache.dir.toAbsolutePath().normalize().getParent());
        }
        double picturesSeconds = (System.nanoTime() - picturesStart) / 1e9;
        if (json) {
            out.println(Files.readString(report.solutionFile()));
            return 0;
        }
        PuzzleSolver.Outcome outcome = report.outcome();
        out.printf("solved %d x %d%s in %.2f s: %s placed, %d %s empty, %s left out%n", solution.rows(),
                solution.cols(), outcome.sizeInferred() ? " (size from the piece counts)" : "",
                report.elapsed().toNanos() / 1e9, Counts.of(solution.placements().size(), "piece"),
                outcome.emptyCells(), outcome.emptyCells() == 1 ? "cell" : "cells",
                Counts.of(solution.unplaced().size(), "piece"));
        if (outcome.relaxedPlacements() > 0) {
            out.printf("%s placed against their flat sides (a side's shape called wrongly)%n",
                    Counts.of(outcome.relaxedPlacements(), "piece"));
        }
        if (outcome.strangers() > 0) {
            out.printf("%s joining no neighbour well left out (another puzzle's, or unsure)%n",
                    Counts.of(outcome.strangers(), "piece"));
        }
        out.printf("mean confidence %.3f; %d placements below 0.5%n", solution.placements().stream()
                        .mapToDouble(p -> p.confidence()).average().orElse(0),
                solution.placements().stream().filter(p -> p.confidence() < 0.5).count());
        out.println("wrote " + report.solutionFile());
        if (pictures != null) {
            out.printf("drew %s, %s, %s and %s in %.1f s%n", pictures.full(), pictures.overview(),
                    pictures.confidence(), pictures.doubts(), picturesSeconds);
        }
        return 0;
    }

    private Optional<GridSize> gridSize() {
        if (rows == null && cols == null) {
            return Optional.empty();
        }
        if (rows == null || cols == null) {
            throw new ParameterException(spec.commandLine(), "give both --rows and --cols, or neither to infer the"
                    + " grid from the pieces");
        }
        try {
            return Optional.of(new GridSize(rows, cols));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static PuzzleSolver.Progress progress() {
        ProgressLine line = ProgressLine.onStderr("solve");
        return (done, total) -> line.step(done, total, "corner starts", "");
    }
}
