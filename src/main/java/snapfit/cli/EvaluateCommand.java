package snapfit.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import snapfit.model.InputFileException;
import snapfit.model.Solution;
import snapfit.pipeline.CacheFolder;
import snapfit.store.Json;
import snapfit.store.MatchFilter;
import snapfit.store.MatchStore;
import snapfit.synth.EvaluationReport;
import snapfit.synth.Evaluator;
import snapfit.synth.PuzzleTruth;
import snapfit.synth.TruthFile;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Score the cache against a synthetic puzzle's truth.json.",
                "Reports pieces found, corner error, edge-shape and piece-type accuracy, and the rank of every true"
                        + " partner among an edge's matches.",
                "After `snapfit solve`, also the pieces in the right cell and rotation and the neighbour pairs"
                        + " joined, allowing for a turn of the whole solution."})
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CacheOption cache;

    @Option(names = "--truth", required = true, paramLabel = "FILE", description = "truth.json written by `snapfit generate`.")
    Path truth;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        EvaluationReport report;
        try (MatchStore store = CacheFolder.openStore(cache.checkedOnOpen(spec.commandLine().getErr(), "evaluate"))) {
            PuzzleTruth puzzle = TruthFile.read(truth);
            try {
                report = Evaluator.evaluate(puzzle, store.pieces(), () -> store.stream(MatchFilter.all()));
                Optional<Solution> solution = store.solution();
                if (solution.isPresent()) {
                    report = report.withSolution(Evaluator.evaluateSolution(puzzle, store.pieces(), solution.get()));
                }
            } catch (IllegalArgumentException e) {
                throw new InputFileException(truth, e.getMessage() + "; pass the truth.json generated with the"
                        + " photos of " + cache.dir, e);
            }
        }
        out.println(json ? Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report)
                : report.toText());
        return 0;
    }
}
