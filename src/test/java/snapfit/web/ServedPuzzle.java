package snapfit.web;

import java.nio.file.Path;
import snapfit.hardening.TestPuzzle;
import snapfit.pipeline.Matching;

/** The hardening tests' puzzle ({@link TestPuzzle}), copied for each test class and served from its copy. */
final class ServedPuzzle {

    private ServedPuzzle() {
    }

    /** A copy of the matched puzzle in {@code root}; returns its cache folder. */
    static Path copyInto(Path root) {
        return cache(TestPuzzle.copyInto(root));
    }

    static Path cache(Path root) {
        return TestPuzzle.cache(root);
    }

    static Matching.Options matchOptions() {
        return TestPuzzle.matchOptions();
    }

    /** A server on a free loopback port over the cache, photos relative to {@code root}. */
    static WebServer serve(Path root) {
        return WebServer.start(ServeOptions.defaultsFor(cache(root)).withDataRoot(root).withPort(0));
    }
}
