package snapfit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import snapfit.pipeline.IngestReport;
import snapfit.pipeline.Ingestion;
import snapfit.puzzle.Sheet;
import snapfit.puzzle.SheetFailure;
import snapfit.puzzle.SheetLoadListener;
import snapfit.store.BoardSetFile;
import snapfit.vision.PieceDetectionConfig;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Find the pieces on every sheet photo in a folder and save them to the cache.",
                "The cache holds metadata.json, contours/*.npz + *_corners.json and dataset.db. Re-ingesting a sheet"
                        + " replaces it.",
                "Each new sheet is calibrated to the puzzle's scale (camera height and tilt), from its pieces' sizes"
                        + " and the edges that match; sheets already in the cache keep theirs.",
                "A photo that fails is reported and skipped; the command then exits with status 1."})
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--images", required = true, paramLabel = "DIR", description = "Folder of sheet photos (JPEG or PNG).")
    Path images;

    @Mixin
    CacheOption cache;

    @Option(names = "--threshold", paramLabel = "0-255",
            description = "Gray level below which a pixel is piece, not paper (default: ${DEFAULT-VALUE}).")
    int threshold = PieceDetectionConfig.defaults().threshold();

    @Option(names = "--min-area", paramLabel = "PX",
            description = "Smallest bounding-box area of a piece, in square pixels (default: ${DEFAULT-VALUE}).")
    int minArea = PieceDetectionConfig.defaults().minArea();

    @Option(names = "--glob", paramLabel = "PATTERN", description = "Which files are photos (default: ${DEFAULT-VALUE}).")
    String glob = Ingestion.DEFAULT_GLOB;

    @Option(names = "--data-root", paramLabel = "DIR",
            description = "Folder that img_path in metadata.json is relative to (default: the deepest folder holding both the photos and the cache).")
    Path dataRoot;

    @Option(names = "--board", paramLabel = "FILE", description = "Every photo must show a marker board of this set"
            + " (the boards.json `snapfit board` wrote); without it, boards are found where they show.")
    Path board;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Ingestion.Options options = Ingestion.Options.defaultsFor(images, cache.dir)
                .withDetection(PieceDetectionConfig.defaults().withThreshold(threshold).withMinArea(minArea))
                .withGlob(glob);
        if (dataRoot != null) {
            options = options.withDataRoot(dataRoot);
        }
        if (board != null) {
            options = options.withRequiredBoard(BoardSetFile.read(board));
        }
        ProgressLine progress = ProgressLine.onStderr("ingest");
        IngestReport report = Ingestion.ingest(images, cache.dir, options, new SheetLoadListener() {
            @Override
            public void sheetLoaded(int done, int total, Sheet sheet) {
                progress.step(done, total, "sheets", sheet.id() + ": " + Counts.of(sheet.pieces().size(), "piece")
                        + (sheet.board().isPresent() ? " on a board" : ""));
            }

            @Override
            public void sheetFailed(int done, int total, SheetFailure failure) {
                progress.note("skipped " + failure.problem());
            }
        });
        out.printf("ingested %s, %s into %s in %.1f s%n", Counts.of(report.sheetsIngested().size(), "sheet"),
                Counts.of(report.pieces(), "piece"), cache.dir, report.elapsed().toNanos() / 1e9);
        if (!report.sheets().isEmpty()) {
            out.println(CalibrationSummary.of(report.sheets(), report.puzzlePieceSize()));
        }
        if (report.hasFailures()) {
            int photos = report.failures().size() + report.sheetsIngested().size();
            err.printf("snapfit ingest: %d of %s failed and %s skipped (see above)%n", report.failures().size(),
                    Counts.of(photos, "photo"), report.failures().size() == 1 ? "was" : "were");
            return 1;
        }
        return 0;
    }
}
