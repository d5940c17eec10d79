package snapfit.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import snapfit.model.SheetRecord;
import snapfit.pipeline.CachedPuzzle;
import snapfit.pipeline.Ingestion;
import snapfit.pipeline.Matching;
import snapfit.puzzle.SheetLoadListener;
import snapfit.store.CacheLayout;
import snapfit.store.MatchStore;
import snapfit.store.Metadata;
import snapfit.store.MetadataFile;
import snapfit.synth.Generator;
import snapfit.synth.GeneratorConfig;

/**
 * {@code snapfit ingest} and {@code snapfit match} in a child JVM, killed ({@code SIGKILL}) at random moments,
 * half of them in the last stretch where the files and the database are written. After every kill the cache
 * must open and validate, and {@code dataset.db} must hold the previous state or the completed one, never a mix;
 * running the command again must reach the completed state.
 */
@Tag("slow")
class CrashSafetyTest {

    private static final int KILLS = 20;
    private static final GeneratorConfig PUZZLE = new GeneratorConfig(6, 8, 11, 12, 10, false);

    @TempDir
    static Path shared;

    private static Path puzzleRoot;

    @TempDir
    Path dir;

    @BeforeAll
    static void generateMatchedPuzzle() {
        puzzleRoot = shared.resolve("puzzle");
        Generator.generate(PUZZLE, puzzleRoot, (done, total) -> { });
        Path sheets = puzzleRoot.resolve("sheets");
        Path cache = puzzleRoot.resolve("cache");
        Ingestion.ingest(sheets, cache, Ingestion.Options.defaultsFor(sheets, cache), SheetLoadListener.NONE);
        Matching.match(cache, Matching.Options.defaults());
    }

    @Test
    void ingest_killedAtRandomMoments_leavesPreviousOrCompletedState() throws Exception {
        Path pristine = dir.resolve("pristine");
        TestPuzzle.copyTree(puzzleRoot, pristine);
        Path incoming = Files.createDirectories(pristine.resolve("incoming"));
        for (String sheet : List.of("sheet_00", "sheet_01", "sheet_02")) {
            Files.copy(pristine.resolve("sheets").resolve(sheet + ".jpg"), incoming.resolve("new_" + sheet + ".jpg"));
        }
        List<String> command = List.of("ingest", "--images", "incoming", "--cache", "cache");

        Outcomes outcomes = killRepeatedly(pristine, command, "3/3 sheets", root -> Ingestion.ingest(
                root.resolve("incoming"), root.resolve("cache"),
                Ingestion.Options.defaultsFor(root.resolve("incoming"), root.resolve("cache")), SheetLoadListener.NONE));

        System.err.println("CrashSafetyTest ingest: " + outcomes);
        assertThat(outcomes.mixed).isZero();
    }

    @Test
    void match_killedAtRandomMoments_leavesPreviousOrCompletedState() throws Exception {
        Path pristine = dir.resolve("pristine");
        TestPuzzle.copyTree(puzzleRoot, pristine);
        Path incoming = Files.createDirectories(pristine.resolve("incoming"));
        Files.copy(pristine.resolve("sheets").resolve("sheet_00.jpg"), incoming.resolve("late.jpg"));
        Ingestion.ingest(incoming, pristine.resolve("cache"),
                Ingestion.Options.defaultsFor(incoming, pristine.resolve("cache")), SheetLoadListener.NONE);
        List<String> command = List.of("match", "--cache", "cache");

        Outcomes outcomes = killRepeatedly(pristine, command, "match: scoring",
                root -> Matching.match(root.resolve("cache"), Matching.Options.defaults()));

        System.err.println("CrashSafetyTest match: " + outcomes);
        assertThat(outcomes.mixed).isZero();
    }

    /** What the kills found. */
    static final class Outcomes {
        int kills;
        int previous;
        int completed;
        int mixed;
        int metadataDiffersFromDatabase;
        int leftoverTempFiles;
        int killedAfterWritePhaseStarted;

        @Override
        public String toString() {
            return kills + " kills: " + previous + " previous state, " + completed + " completed, " + mixed
                    + " mixed; metadata.json differs from dataset.db " + metadataDiffersFromDatabase + "x, leftover temp files "
                    + leftoverTempFiles + "x, " + killedAfterWritePhaseStarted + " kills timed into the write phase";
        }
    }

    @FunctionalInterface
    interface Completion {
        void run(Path root) throws Exception;
    }

    private Outcomes killRepeatedly(Path pristine, List<String> command, String lastLineBeforeWrites,
            Completion completion) throws Exception {
        CacheState previous = CacheState.of(pristine.resolve("cache"));
        Path finished = dir.resolve("finished");
        TestPuzzle.copyTree(pristine, finished);
        Timing timing = Child.start(finished, command, lastLineBeforeWrites).runToEnd();
        CacheState completed = CacheState.of(finished.resolve("cache"));
        assertThat(completed).isNotEqualTo(previous);
        Random random = new Random(42);
        Outcomes outcomes = new Outcomes();
        for (int kill = 0; kill < KILLS; kill++) {
            Path root = dir.resolve("kill-" + kill);
            TestPuzzle.copyTree(pristine, root);
            Child child = Child.start(root, command, lastLineBeforeWrites);
            boolean inWritePhase = kill % 2 == 1;
            if (inWritePhase) {
                child.awaitLine(timing.totalMillis);
                Thread.sleep((long) (random.nextDouble() * timing.afterLineMillis * 1.2));
            } else {
                Thread.sleep((long) (random.nextDouble() * timing.totalMillis * 1.05));
            }
            child.kill();
            outcomes.kills++;
            outcomes.killedAfterWritePhaseStarted += inWritePhase ? 1 : 0;
            Path cache = root.resolve("cache");
            outcomes.leftoverTempFiles += tempFiles(cache) > 0 ? 1 : 0;
            CacheState state = CacheState.validated(cache);
            if (state.equals(previous)) {
                outcomes.previous++;
            } else if (state.equals(completed)) {
                outcomes.completed++;
            } else {
                outcomes.mixed++;
                System.err.println("CrashSafetyTest: mixed state after kill " + kill + ": " + state);
            }
            if (!CacheState.metadataSheets(cache).equals(state.sheets)) {
                outcomes.metadataDiffersFromDatabase++;
            }
            completion.run(root);
            assertThat(CacheState.validated(cache)).isEqualTo(completed);
            assertThat(CacheState.metadataSheets(cache)).isEqualTo(completed.sheets);
            TestPuzzle.deleteTree(root);
        }
        return outcomes;
    }

    private static long tempFiles(Path cache) throws IOException {
        try (Stream<Path> files = Files.walk(cache)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".tmp")).count();
        }
    }

    /** The database's sheets (ids and photo paths) and matches; equal states hold the same rows. */
    record CacheState(List<String> sheets, List<String> pieces, String matches) {

        static CacheState of(Path cache) {
            try (MatchStore store = MatchStore.open(CacheLayout.database(cache))) {
                store.count();
            }
            CacheRows rows = CacheRows.of(CacheLayout.database(cache));
            return new CacheState(rows.sheets(), rows.pieces(), rows.matchState());
        }

        /** Opens and checks the whole cache: database, metadata.json and every sheet's contours, both ways. */
        static CacheState validated(Path cache) {
            Metadata stored;
            try (MatchStore store = MatchStore.open(CacheLayout.database(cache))) {
                stored = store.metadata();
                CachedPuzzle.reconstruct(cache, stored);
            }
            Metadata file = MetadataFile.read(CacheLayout.metadata(cache));
            CachedPuzzle.reconstruct(cache, file);
            assertThat(stored.pieces()).hasSize(stored.sheets().stream().mapToInt(SheetRecord::pieceCount).sum());
            return of(cache);
        }

        /** The sheets of metadata.json in the form {@link CacheRows} gives the database's. */
        static List<String> metadataSheets(Path cache) {
            return MetadataFile.read(CacheLayout.metadata(cache)).sheets().stream()
                    .sorted(java.util.Comparator.comparing(SheetRecord::sheetId))
                    .map(sheet -> String.join("|", sheet.sheetId(), sheet.imgPath(), String.valueOf(sheet.pieceCount()),
                            String.valueOf(sheet.threshold()), String.valueOf(sheet.minArea())))
                    .toList();
        }
    }

    /** How long a run takes in all, and from the line before its writes to its end. */
    record Timing(long totalMillis, long afterLineMillis) {
    }

    /** A {@code snapfit} command in its own JVM, with the test's class path, working in {@code root}. */
    static final class Child {
        private final Process process;
        private final long started;
        private final CompletableFuture<Long> lineSeen = new CompletableFuture<>();

        private Child(Process process, String line) {
            this.process = process;
            this.started = System.nanoTime();
            Thread reader = new Thread(() -> {
                try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                        StandardCharsets.UTF_8))) {
                    for (String text = err.readLine(); text != null; text = err.readLine()) {
                        if (text.contains(line)) {
                            lineSeen.complete(System.nanoTime());
                        }
                    }
                } catch (IOException e) {
                    // The process was killed mid-line; what was read is enough.
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        static Child start(Path root, List<String> command, String line) throws IOException {
            List<String> javaCommand = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
                    "-cp", System.getProperty("java.class.path"), "snapfit.cli.SnapfitCli"));
            javaCommand.addAll(command);
            Process process = new ProcessBuilder(javaCommand).directory(root.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return new Child(process, line);
        }

        Timing runToEnd() throws Exception {
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
            long end = System.nanoTime();
            assertThat(process.exitValue()).isZero();
            long line = lineSeen.getNow(started);
            return new Timing((end - started) / 1_000_000, (end - line) / 1_000_000);
        }

        void awaitLine(long timeoutMillis) throws Exception {
            lineSeen.get(timeoutMillis * 2, TimeUnit.MILLISECONDS);
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
        }
    }
}
