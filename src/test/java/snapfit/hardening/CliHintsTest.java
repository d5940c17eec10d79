package snapfit.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import snapfit.cli.SnapfitCli;
import snapfit.synth.Generator;
import snapfit.synth.GeneratorConfig;
import snapfit.testing.SharedData;

/** Messages that tell a new user what happened: empty results, the wrong truth file, counts of one. */
class CliHintsTest {

    @TempDir
    Path dir;

    private Path root;
    private Path cache;

    @BeforeEach
    void copyPuzzle() {
        root = TestPuzzle.copyInto(dir);
        cache = TestPuzzle.cache(root);
    }

    @Test
    void queryPairOfOnePiece_storeHasMatches_saysTheFilterSelectsNone() {
        Run run = run("query", "--cache", cache, "--pair", "sheet_00:0:left", "sheet_00:0:right");

        assertThat(run.status()).isZero();
        assertThat(run.stdout()).contains("no matches").contains("edges of the same piece")
                .doesNotContain("snapfit match");
    }

    @Test
    void queryTopZero_storeHasMatches_saysTheFilterSelectsNone() {
        Run run = run("query", "--cache", cache, "--top", 0);

        assertThat(run.stdout()).contains("no matches").contains("of the").contains("stored matches")
                .doesNotContain("snapfit match");
    }

    @Test
    void query_cacheNotMatchedYet_saysToRunMatch() {
        Path unmatched = dir.resolve("unmatched");
        assertThat(run("ingest", "--images", TestPuzzle.sheets(root), "--cache", unmatched).status()).isZero();

        Run run = run("query", "--cache", unmatched, "--top", 5);

        assertThat(run.stdout()).contains("no matches stored yet").contains("snapfit match --cache " + unmatched);
    }

    @Test
    void evaluate_truthOfAnotherPuzzle_refusedInOneLine() throws Exception {
        Path photos = Files.createDirectories(dir.resolve("renamed"));
        Files.copy(TestPuzzle.sheets(root).resolve("sheet_00.jpg"), photos.resolve("back_00.jpg"));
        Path otherCache = dir.resolve("renamed-cache");
        assertThat(run("ingest", "--images", photos, "--cache", otherCache).status()).isZero();
        Path truth = root.resolve("truth.json");

        Run run = run("evaluate", "--cache", otherCache, "--truth", truth);

        assertOneLine(run, "snapfit evaluate: " + truth, "another puzzle");
    }

    @Test
    void evaluate_truthOfAnotherPuzzleWithTheSameSheetNames_refusedInOneLine() throws Exception {
        Path other = dir.resolve("other-seed");
        Generator.generate(new GeneratorConfig(TestPuzzle.CONFIG.rows(), TestPuzzle.CONFIG.cols(),
                TestPuzzle.CONFIG.seed() + 1, TestPuzzle.CONFIG.piecesPerSheet(), TestPuzzle.CONFIG.maxRotationDegrees(),
                false), other, (done, total) -> { });
        Path truth = other.resolve("truth.json");

        Run run = run("evaluate", "--cache", cache, "--truth", truth);

        assertOneLine(run, "snapfit evaluate: " + truth, "another puzzle");
    }

    @Test
    void evaluate_jsonThatIsNotATruthFile_refusedInOneLine() throws Exception {
        Path notTruth = dir.resolve("back_03.truth.json");
        Files.copy(SharedData.realPhoto("back_03.truth.json"), notTruth);

        Run run = run("evaluate", "--cache", cache, "--truth", notTruth);

        assertOneLine(run, "snapfit evaluate: " + notTruth, "not a truth.json written by `snapfit generate`");
        assertThat(run.stderr()).doesNotContain("Unrecognized field").doesNotContain("class snapfit");
    }

    @Test
    void ingest_oneSheet_countsItInTheSingular() throws Exception {
        Path photos = Files.createDirectories(dir.resolve("one"));
        Files.copy(TestPuzzle.sheets(root).resolve("sheet_00.jpg"), photos.resolve("sheet_00.jpg"));

        Run run = run("ingest", "--images", photos, "--cache", dir.resolve("one-cache"));

        assertThat(run.stdout()).startsWith("ingested 1 sheet, 4 pieces into ");
    }

    private static void assertOneLine(Run run, String start, String part) {
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.stderr().lines().toList()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith(start).contains(part);
    }

    private static Run run(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = SnapfitCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] strings = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        int status = commandLine.execute(strings);
        return new Run(status, out.toString(), err.toString());
    }

    private record Run(int status, String stdout, String stderr) {
    }
}
