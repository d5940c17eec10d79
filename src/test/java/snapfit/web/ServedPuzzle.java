package snapfit.web;

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
 * One small generated puzzle per test JVM (2 x 4 pieces on two sheets of four, seed 7, photo-like sheets),
 * ingested and matched once; each test class serves its own copy: {@code root/sheets/*.jpg}, {@code root/cache/}.
 */
final class ServedPuzzle {

    static final GeneratorConfig CONFIG = new GeneratorConfig(2, 4, 7, 4, 10, false);

    private static Path master;

    private ServedPuzzle() {
    }

    /** A copy of the matched puzzle in {@code root}; returns its cache folder. */
    static synchronized Path copyInto(Path root) {
        if (master == null) {
            master = create();
        }
        copyTree(master, root);
        return cache(root);
    }

    static Path cache(Path root) {
        return root.resolve("cache");
    }

    static Matching.Options matchOptions() {
        return Matching.Options.defaults().withThreads(2);
    }

    /** A server on a free loopback port over the cache, photos relative to {@code root}. */
    static WebServer serve(Path root) {
        return WebServer.start(ServeOptions.defaultsFor(cache(root)).withDataRoot(root).withPort(0));
    }

    private static Path create() {
        try {
            Path root = Files.createTempDirectory("snapfit-web-puzzle");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(root)));
            Path sheets = root.resolve("sheets");
            Generator.generate(CONFIG, root, (done, total) -> { });
            Ingestion.ingest(sheets, cache(root), Ingestion.Options.defaultsFor(sheets, cache(root)).withDataRoot(root),
                    SheetLoadListener.NONE);
            Matching.match(cache(root), matchOptions());
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) {
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

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Best effort at exit: a leftover temp folder is harmless.
        }
    }
}
