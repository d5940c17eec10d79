package snapfit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import snapfit.synth.Generator;
import snapfit.synth.GeneratorConfig;
import snapfit.synth.PuzzleTruth;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Make a synthetic puzzle with ground truth: sheet photos in DIR/sheets/ and DIR/truth.json.",
                "With no size options it makes the default sample: a 4x6 puzzle on 2 sheets."})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into, e.g. data/sample.")
    Path out;

    @Option(names = "--rows", paramLabel = "R", description = "Puzzle rows (default: ${DEFAULT-VALUE}).")
    int rows = GeneratorConfig.DEFAULT_ROWS;

    @Option(names = "--cols", paramLabel = "C", description = "Puzzle columns (default: ${DEFAULT-VALUE}).")
    int cols = GeneratorConfig.DEFAULT_COLS;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed; the same seed gives the same files (default: ${DEFAULT-VALUE}).")
    long seed = GeneratorConfig.DEFAULT_SEED;

    @Option(names = "--pieces-per-sheet", paramLabel = "N", description = "Pieces photographed per sheet (default: ${DEFAULT-VALUE}).")
    int piecesPerSheet = GeneratorConfig.DEFAULT_PIECES_PER_SHEET;

    @Option(names = "--max-rotation", paramLabel = "DEG", description = "Largest tilt of a piece, 0 to 30 degrees (default: ${DEFAULT-VALUE}).")
    double maxRotation = GeneratorConfig.DEFAULT_MAX_ROTATION_DEGREES;

    @Option(names = "--clean", description = "Flat colours, no noise, band or blur, as PNG (for debugging).")
    boolean clean;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        GeneratorConfig config = new GeneratorConfig(rows, cols, seed, piecesPerSheet, maxRotation, clean);
        ProgressLine progress = ProgressLine.onStderr("generate");
        long start = System.nanoTime();
        PuzzleTruth truth = Generator.generate(config, out, (done, total) -> progress.step(done, total, "sheets", ""));
        stdout.printf("generated a %dx%d puzzle (seed %d): %s on %s in %s, truth in %s (%.1f s)%n",
                rows, cols, seed, Counts.of(truth.pieces().size(), "piece"), Counts.of(truth.sheets().size(), "sheet"),
                out.resolve("sheets"),
                out.resolve("truth.json"), (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
