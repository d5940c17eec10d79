package snapfit.hardening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import snapfit.pipeline.Ingestion;
import snapfit.pipeline.Matching;
import snapfit.puzzle.SheetLoadListener;
import snapfit.synth.Generator;
import snapfit.synth.GeneratorConfig;

/**
 * One small generated puzzle per test JVM (2 x 4 pieces on two sheets of four, seed 7), ingested and
 * matched once; tests get their own copy: {@code root/sheets/*.jpg} and {@code root/cache/}. Public for the web
 * tests, which serve the same puzzle.
 */
public final class TestPuzzle {

    static final GeneratorConfig CONFIG = new GeneratorConfig(2, 4, 7, 4, 10, false);

    private static Path master;

    private TestPuzzle() {
    }

    /** A copy of the matched puzzle in {@code root}; returns {@code root}. */
    public static synchronized Path copyInto(Path root) {
        if (master == null) {
            master = create();
        }
        copyTree(master, root);
        return root;
    }

    static Path sheets(Path root) {
        return root.resolve("sheets");
    }

    public static Path cache(Path root) {
        return root.resolve("cache");
    }

    static Ingestion.Options ingestOptions(Path imagesDir, Path root) {
        return Ingestion.Options.defaultsFor(imagesDir, cache(root)).withDataRoot(root);
    }

    public static Matching.Options matchOptions() {
        return Matching.Options.defaults().withThreads(2);
    }

    private static Path create() {
        try {
            Path root = Files.createTempDirectory("snapfit-hardening-puzzle");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(root)));
            Generator.generate(CONFIG, root, (done, total) -> { });
            Ingestion.ingest(sheets(root), cache(root), ingestOptions(sheets(root), root), SheetLoadListener.NONE);
            Matching.match(cache(root), matchOptions());
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Best effort at exit: a leftover temp folder is harmless.
        }
    }
}
