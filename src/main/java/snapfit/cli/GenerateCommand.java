package snapfit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import snapfit.model.BoardBackground;
import snapfit.synth.BoardStyle;
import snapfit.synth.CaptureConfig;
import snapfit.synth.Generator;
import snapfit.synth.GeneratorConfig;
import snapfit.synth.PuzzleTruth;
import snapfit.synth.Variety;

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

    @Option(names = "--variety", paramLabel = "V", description = "How alike the cuts are: low (one die, as in"
            + " commercial puzzles), normal or high (default: ${DEFAULT-VALUE}).")
    String variety = Variety.NORMAL.value();

    @Option(names = "--scale-jitter", paramLabel = "F", description = "Each sheet shot at a scale within 1 +- F,"
            + " the camera held higher or lower; 0.08 is +-8%% (default: ${DEFAULT-VALUE}).")
    double scaleJitter;

    @Option(names = "--tilt", paramLabel = "DEG", description = "Each sheet shot with the phone tilted up to DEG"
            + " degrees in a random direction, a keystone (default: ${DEFAULT-VALUE}).")
    double tilt;

    @Option(names = "--lens-distortion", paramLabel = "K", description = "Barrel distortion: the photo's corners"
            + " move K of their distance inwards; 0.01 is a phone's (default: ${DEFAULT-VALUE}).")
    double lensDistortion;

    @Option(names = "--board", paramLabel = "COLOUR", arity = "0..1", fallbackValue = "green",
            description = "Lay the pieces on marker boards, one per slot, with a white, green (the default) or blue"
                    + " slot area; at most 12 pieces per sheet and no lens distortion.")
    String board;

    @Option(names = "--pale-pieces", description = "With --board: cream pieces, lighter than the gray threshold.")
    boolean palePieces;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        if (palePieces && board == null) {
            throw new IllegalArgumentException("--pale-pieces needs --board: pale pieces are told from white paper only"
                    + " by a green or blue board's colour");
        }
        GeneratorConfig config = new GeneratorConfig(rows, cols, seed, piecesPerSheet, maxRotation, clean,
                Variety.byName(variety), new CaptureConfig(scaleJitter, tilt, lensDistortion),
                board == null ? null : new BoardStyle(OptionValues.byName(BoardBackground.class, board, "--board"), palePieces));
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
