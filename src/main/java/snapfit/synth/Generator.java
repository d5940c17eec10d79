package snapfit.synth;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import snapfit.model.InputFileException;
import snapfit.store.AtomicFile;
import snapfit.model.SnapfitException;

/**
 * Generates a synthetic puzzle with its ground truth: cuts it, lays it out on sheets, renders the
 * sheet photos in parallel (one thread per core) and writes
 *
 * <pre>
 * OUT/sheets/sheet_00.jpg ...   photos (sheet_00.png ... when clean)
 * OUT/truth.json                ground truth, see data/README.md
 * </pre>
 *
 * The sheets are rendered into a temporary folder that then replaces {@code OUT/sheets} (so no stale
 * sheet of an earlier run survives), and {@code truth.json} is written last through a temporary file.
 * Stateless and thread-safe.
 */
public final class Generator {

    /** JPEG quality of photo-like sheets, as a phone saves them. */
    static final float JPEG_QUALITY = 0.9f;

    /** Told after each sheet is written, on the thread that called {@link #generate}. */
    @FunctionalInterface
    public interface Progress {
        void sheetRendered(int done, int total);
    }

    private Generator() {
    }

    /** The puzzle and its truth in memory, nothing rendered yet. */
    public static SyntheticPuzzle plan(GeneratorConfig config) {
        return new SyntheticPuzzle(config);
    }

    /**
     * Generates into {@code outDir}, creating it if needed, and returns the truth written there.
     *
     * @throws InputFileException when a file cannot be written
     */
    public static PuzzleTruth generate(GeneratorConfig config, Path outDir, Progress progress) {
        SyntheticPuzzle puzzle = plan(config);
        Path sheetsDir = outDir.resolve("sheets");
        Path staging;
        try {
            Files.createDirectories(outDir);
            staging = Files.createDirectory(outDir.resolve(".sheets-" + UUID.randomUUID()));
        } catch (IOException e) {
            throw new InputFileException(outDir, "cannot create the output folder: " + e.getMessage(), e);
        }
        try {
            renderAll(puzzle, staging, progress);
            replace(sheetsDir, staging);
        } finally {
            deleteTree(staging);
        }
        TruthFile.write(outDir.resolve("truth.json"), puzzle.truth());
        return puzzle.truth();
    }

    private static void renderAll(SyntheticPuzzle puzzle, Path folder, Progress progress) {
        int total = puzzle.sheetCount();
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), total));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            ExecutorCompletionService<Void> done = new ExecutorCompletionService<>(pool);
            for (int i = 0; i < total; i++) {
                int index = i;
                done.submit(() -> {
                    TruthSheet sheet = puzzle.truth().sheets().get(index);
                    writeImage(puzzle.renderSheet(index), folder.resolve(sheet.sheetId() + "." + puzzle.imageExtension()));
                    return null;
                });
            }
            for (int finished = 1; finished <= total; finished++) {
                done.take().get();
                progress.sheetRendered(finished, total);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SnapfitException("generation was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("rendering a sheet failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Writes JPEG at {@link #JPEG_QUALITY}, or lossless PNG for a {@code .png} path. */
    static void writeImage(BufferedImage image, Path file) {
        if (file.getFileName().toString().endsWith(".png")) {
            AtomicFile.write(file, out -> ImageIO.write(image, "png", out));
            return;
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            AtomicFile.write(file, out -> {
                try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                    writer.setOutput(stream);
                    writer.write(null, new IIOImage(image, null, null), param);
                }
            });
        } finally {
            writer.dispose();
        }
    }

    /** Puts {@code staging} in place of {@code target}; an old folder is moved aside and deleted only after. */
    private static void replace(Path target, Path staging) {
        Path old = null;
        try {
            if (Files.exists(target)) {
                old = target.resolveSibling(staging.getFileName() + "-old");
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (old != null) {
                    Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                }
                throw e;
            }
        } catch (IOException e) {
            throw new InputFileException(target, "cannot put the new sheets in place: " + e.getMessage(), e);
        }
        if (old != null) {
            deleteTree(old);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new InputFileException(root, "cannot delete this temporary folder: " + e.getMessage(), e);
        }
    }
}
