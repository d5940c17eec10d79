package snapfit.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import snapfit.match.PieceMatcher;
import snapfit.match.ScoreConfig;
import snapfit.model.SheetCalibration;
import snapfit.model.SheetRecord;
import snapfit.pipeline.Ingestion;
import snapfit.pipeline.Matching;
import snapfit.puzzle.SheetLoadListener;
import snapfit.store.CacheLayout;
import snapfit.store.MatchStore;

/**
 * Sheets photographed from another height or tilted, through rendering, detection and ingest: each sheet's
 * calibration finds its scale, and true pairs score as they would at one scale.
 */
class SheetCalibrationTest {

    private static final GeneratorConfig PUZZLE = new GeneratorConfig(4, 6, 21, 12, 10, false);
    private static final double LARGER = 1.07;

    @TempDir
    static Path dir;
    private static Map<String, SheetRecord> atOneScale;
    private static Map<String, SheetRecord> secondLarger;
    private static Map<String, SheetRecord> secondTilted;

    @BeforeAll
    static void ingestThreeWays() throws Exception {
        List<PlacedSheet> laidOut = SheetLayout.layout(
                PuzzleCutter.cut(PUZZLE.rows(), PUZZLE.cols(), Variety.NORMAL, new SplittableRandom(PUZZLE.seed())),
                PUZZLE, new SplittableRandom(5));
        PlacedSheet first = laidOut.get(0);
        PlacedSheet second = laidOut.get(1);
        CameraView larger = new CameraView(second.width(), second.height(), LARGER, 0, 0, 0);
        CameraView tilted = new CameraView(second.width(), second.height(), 1, 5, Math.toRadians(30), 0);
        atOneScale = ingest("one-scale", first, second);
        secondLarger = ingest("larger", first, larger.photograph(second));
        secondTilted = ingest("tilted", first, tilted.photograph(second));
    }

    @Test
    void ingest_sheetShot7PercentLarger_scaleWithin1PercentOfTheTruth() {
        // Relative to the first sheet, which is the same in both caches; the two sheets' pieces differ a little.
        double before = relativeScale(atOneScale);
        double after = relativeScale(secondLarger);
        double truth = 1 / LARGER;

        assertThat(after / before).isCloseTo(truth, within(0.01 * truth));
    }

    @Test
    void ingest_sheetsAtOneScale_scaleWithinHalfAPercentAndNoKeystoneToSpeakOf() {
        // What the matched edges leave: under 0.1% of scale change per 1,000 px, against 2.9% for a 5 degree tilt.
        assertThat(atOneScale.values()).extracting(SheetRecord::calibration)
                .allSatisfy(calibration -> {
                    assertThat(calibration.scale()).isCloseTo(1, within(0.005));
                    assertThat(Math.hypot(calibration.keystoneX(), calibration.keystoneY())).isLessThan(1e-6);
                });
    }

    @Test
    void ingest_tiltedSheet_keystoneFoundAndRecordedInMetadata() throws Exception {
        SheetCalibration tilted = secondTilted.get("sheet_01").calibration();
        // A 5 degree tilt through a 3,000 px focal length changes the scale by about 2.9% per 1,000 px.
        assertThat(Math.hypot(tilted.keystoneX(), tilted.keystoneY())).isBetween(2e-5, 4e-5);
        assertThat(Files.readString(CacheLayout.metadata(dir.resolve("tilted")))).contains("\"keystone_x\"");
    }

    @Test
    void match_sheetShotLarger_truePairsScoreAsAtOneScale() {
        Map<String, Float> reference = truePairScores("one-scale");
        Map<String, Float> rescaled = truePairScores("larger");

        assertThat(rescaled.keySet()).isEqualTo(reference.keySet());
        List<Double> gaps = new ArrayList<>();
        reference.forEach((pair, score) -> gaps.add((double) Math.abs(rescaled.get(pair) - score)));
        gaps.sort(null);
        assertThat(gaps.get(gaps.size() / 2)).as("median change, px").isLessThan(0.3);
        assertThat(gaps.get(gaps.size() - 1)).as("largest change, px").isLessThan(1.0);
    }

    @Test
    void match_tiltedSheet_truePairsRankFirst() {
        try (MatchStore store = MatchStore.open(CacheLayout.database(dir.resolve("tilted")))) {
            EvaluationReport report = Evaluator.evaluate(truthOf("tilted"), store.pieces(),
                    () -> store.stream(snapfit.store.MatchFilter.all()));
            assertThat(report.innerMatches().top1Rate()).isGreaterThanOrEqualTo(0.9);
            assertThat(report.innerMatches().top5Rate()).isEqualTo(1.0);
        }
    }

    @Test
    void score_withScaleTolerance_isSymmetric() {
        try (MatchStore store = MatchStore.open(CacheLayout.database(dir.resolve("larger")))) {
            var segments = new ArrayList<>(store.segments().values());
            PieceMatcher matcher = new PieceMatcher(segments, ScoreConfig.defaults(), 1);
            for (int a = 0; a < segments.size(); a += 7) {
                for (int b = 0; b < segments.size(); b += 5) {
                    var first = segments.get(a).id();
                    var second = segments.get(b).id();
                    if (matcher.isCompatible(first, second)) {
                        assertThat(matcher.matchPair(first, second)).isEqualTo(matcher.matchPair(second, first));
                    }
                }
            }
        }
    }

    private static Map<String, SheetRecord> ingest(String name, PlacedSheet... sheets) throws Exception {
        Path images = Files.createDirectories(dir.resolve(name + "-sheets"));
        List<PlacedSheet> placed = List.of(sheets);
        for (PlacedSheet sheet : placed) {
            Generator.writeImage(SheetRenderer.render(sheet, PhotoStyle.faceOf(PUZZLE.seed()), 99, false),
                    images.resolve(sheet.sheetId() + ".jpg"));
        }
        TruthFile.write(dir.resolve(name + ".truth.json"), TruthBuilder.build(PUZZLE, placed, "jpg"));
        Path cache = dir.resolve(name);
        Ingestion.ingest(images, cache, Ingestion.Options.defaultsFor(images, cache), SheetLoadListener.NONE);
        Matching.match(cache, Matching.Options.defaults().withThreads(2));
        Map<String, SheetRecord> records = new HashMap<>();
        try (MatchStore store = MatchStore.open(CacheLayout.database(cache))) {
            store.metadata().sheets().forEach(sheet -> records.put(sheet.sheetId(), sheet));
        }
        return records;
    }

    private static double relativeScale(Map<String, SheetRecord> sheets) {
        return sheets.get("sheet_01").calibration().scale() / sheets.get("sheet_00").calibration().scale();
    }

    private static PuzzleTruth truthOf(String name) {
        return TruthFile.read(dir.resolve(name + ".truth.json"));
    }

    /** The stored score of every true pair whose two pieces were both found, by the pair's ids. */
    private static Map<String, Float> truePairScores(String name) {
        Map<String, Float> scores = new HashMap<>();
        try (MatchStore store = MatchStore.open(CacheLayout.database(dir.resolve(name)))) {
            for (TrueNeighbours pair : truthOf(name).neighbours()) {
                store.pair(pair.segId1(), pair.segId2())
                        .ifPresent(match -> scores.put(pair.segId1() + "/" + pair.segId2(), match.similarity()));
            }
        }
        return scores;
    }
}
