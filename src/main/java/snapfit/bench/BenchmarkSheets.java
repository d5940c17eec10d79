package snapfit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import snapfit.model.InputFileException;
import snapfit.pipeline.IngestReport;
import snapfit.pipeline.Ingestion;
import snapfit.puzzle.SheetLoadListener;
import snapfit.synth.Generator;
import snapfit.synth.GeneratorConfig;
import snapfit.synth.SyntheticPuzzle;

/**
 * The sheets {@link PipelineBenchmark} feeds to the cache: first the puzzle to match, then one more
 * sheet of {@link PipelineBenchmark#ADDED_PIECES} pieces for the incremental step. Either built straight
 * from true outlines ({@link #fromOutlines}) or rendered as photos and ingested ({@link #rendered}).
 */
interface BenchmarkSheets {

    /** Puts the puzzle to match into the cache. */
    PipelineBenchmark.Ingested ingestBase(Path cacheDir);

    /** Puts the one added sheet into the cache. */
    void ingestAdded(Path cacheDir);

    /** {@code pieces} pieces from the puzzle's true outlines, then the added sheet; nothing is rendered. */
    static BenchmarkSheets fromOutlines(GeneratorConfig config, int pieces, Consumer<String> progress) {
        progress.accept("planning a " + config.rows() + " x " + config.cols() + " puzzle");
        SyntheticCache cache = new SyntheticCache(Generator.plan(config));
        return new BenchmarkSheets() {
            @Override
            public PipelineBenchmark.Ingested ingestBase(Path cacheDir) {
                progress.accept("writing " + pieces + " pieces from their true outlines into the cache");
                cache.add(cacheDir, pieces, "sheet");
                int sheets = (pieces + SyntheticCache.PIECES_PER_SHEET - 1) / SyntheticCache.PIECES_PER_SHEET;
                return new PipelineBenchmark.Ingested(pieces, sheets, null, null);
            }

            @Override
            public void ingestAdded(Path cacheDir) {
                cache.add(cacheDir, PipelineBenchmark.ADDED_PIECES, "added");
            }
        };
    }

    /**
     * The puzzle rendered as photo-like sheets of 12 pieces under {@code folder}; its first sheet is held
     * back as the added one, the others are ingested (timed) as the puzzle to match.
     */
    static BenchmarkSheets rendered(GeneratorConfig config, Path folder, Consumer<String> progress) {
        SyntheticPuzzle planned = Generator.plan(config);
        progress.accept("rendering " + planned.sheetCount() + " sheet photos of a " + config.rows() + " x "
                + config.cols() + " puzzle (not timed)");
        Path generated = folder.resolve("generated");
        Generator.generate(config, generated, (done, total) -> {
            if (done % 10 == 0 || done == total) {
                progress.accept("  rendered " + done + " of " + total);
            }
        });
        Path sheetsDir = generated.resolve("sheets");
        Path addedDir = generated.resolve("added");
        String firstSheet = planned.truth().sheets().get(0).imgPath();
        Path first = generated.resolve(firstSheet);
        try {
            Files.createDirectories(addedDir);
            Files.move(first, addedDir.resolve(first.getFileName()));
        } catch (IOException e) {
            throw new InputFileException(first, "cannot be moved aside for the incremental step: " + e.getMessage(), e);
        }
        return new BenchmarkSheets() {
            @Override
            public PipelineBenchmark.Ingested ingestBase(Path cacheDir) {
                progress.accept("ingesting the sheet photos");
                long cpuStart = ProcessCpu.nanos();
                IngestReport report = ingest(sheetsDir, cacheDir);
                PipelineBenchmark.IngestRate cold = rateOf(report, ProcessCpu.nanos() - cpuStart);
                progress.accept("ingesting them again, warm (the cache ends the same)");
                cpuStart = ProcessCpu.nanos();
                IngestReport again = ingest(sheetsDir, cacheDir);
                PipelineBenchmark.IngestRate warm = rateOf(again, ProcessCpu.nanos() - cpuStart);
                return new PipelineBenchmark.Ingested(report.pieces(), report.sheetsIngested().size(), cold, warm);
            }

            @Override
            public void ingestAdded(Path cacheDir) {
                ingest(addedDir, cacheDir);
            }

            /** The run's sheets per second of wall time, from {@link IngestReport#elapsed}, and CPU per sheet. */
            private PipelineBenchmark.IngestRate rateOf(IngestReport report, long cpuNanos) {
                int sheets = report.sheetsIngested().size();
                return new PipelineBenchmark.IngestRate(sheets / PipelineBenchmark.seconds(report.elapsed().toNanos()),
                        PipelineBenchmark.seconds(cpuNanos) / sheets);
            }

            private IngestReport ingest(Path imagesDir, Path cacheDir) {
                IngestReport report = Ingestion.ingest(imagesDir, cacheDir, Ingestion.Options.defaultsFor(imagesDir, cacheDir),
                        SheetLoadListener.NONE);
                if (report.hasFailures()) {
                    throw new IllegalStateException("ingesting the rendered sheets failed: " + report.failures());
                }
                return report;
            }
        };
    }
}
