package snapfit.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import snapfit.model.EdgePos;
import snapfit.model.MatchResult;
import snapfit.model.PieceId;
import snapfit.model.SegmentId;
import snapfit.model.SegmentPair;
import snapfit.model.Similarity;

/**
 * Writes example pictures of every kind to {@code target/analysis-examples/} (not committed) for people to look
 * at, from a seeded synthetic 3 x 4 puzzle on a 4080 x 3072 sheet; asserts only that they exist and what the
 * ground truth implies about the scores.
 */
class AnalysisExamplesTest {

    private static final Path EXAMPLES = Path.of("target", "analysis-examples");

    @Test
    void writeExamples_syntheticPuzzle_writesReadablePngs() throws IOException {
        TestPuzzle puzzle = TestPuzzle.generate(3, 4, 480, 950, 7);
        List<MatchResult> matches = puzzle.matches();
        HistogramBins bins = HistogramBins.spanning(matches.stream().mapToDouble(MatchResult::effectiveSimilarity), 40);

        ImageFiles.writePng(SheetOverlay.withDefaults().render(TestPieces.sheet(4080, 3072, puzzle.pieces()),
                puzzle.pieces()), EXAMPLES.resolve("sheet-overlay.png"));
        TruthHistograms truth = MatchHistograms.byTruth(matches.stream(), puzzle.truePairs()::contains, bins);
        ChartImages.writePng(SimilarityCharts.trueVsFalse(truth, true), EXAMPLES.resolve("true-vs-false.png"));
        ShapeLookup shapes = ShapeLookup.of(puzzle.pieces().stream().map(OverlayPiece::piece).toList());
        ChartImages.writePng(SimilarityCharts.byShapePair(MatchHistograms.byShapePair(matches.stream(), shapes, bins),
                false), EXAMPLES.resolve("by-shape-pair.png"));
        ChartImages.writePng(PerformanceCharts.topKAccuracy(topKAccuracy(puzzle, matches), "Synthetic 3 x 4 puzzle"),
                EXAMPLES.resolve("top-k-accuracy.png"));
        writePairImages(puzzle, matches);
        writeLargeHistogram();
        ChartImages.writePng(PerformanceCharts.timing("Analysis of streamed matches", "matches", measureTimings(), true),
                EXAMPLES.resolve("timing.png"));

        assertThat(truth.truePairs().total()).isEqualTo(puzzle.truePairs().size());
        // Pixel staircases of rotated pieces shift resampled points by a pixel or two along the curve.
        assertThat(truth.truePairs().max()).as("every true pair within 3 px").isLessThan(0.03);
        assertThat(truth.falsePairs().quantile(0.5)).as("typical false pair")
                .isGreaterThan(10 * truth.truePairs().quantile(0.5));
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            assertThat(files.map(path -> path.getFileName().toString()).toList()).contains("sheet-overlay.png",
                    "true-vs-false.png", "by-shape-pair.png", "top-k-accuracy.png", "pair-fit.png", "pair-misfit.png",
                    "similarity-histogram.png", "timing.png");
        }
    }

    /** Share of segments with a true partner whose partner ranks within the k best. */
    private static SortedMap<Integer, Double> topKAccuracy(TestPuzzle puzzle, List<MatchResult> matches) {
        BestPartners best = new BestPartners(5);
        matches.forEach(best::add);
        int[] withinK = new int[6];
        int withPartner = 0;
        for (Map.Entry<SegmentId, List<BestPartners.Partner>> entry : best.ranked().entrySet()) {
            List<BestPartners.Partner> partners = entry.getValue();
            boolean hasTruePartner = puzzle.truePairs().stream().anyMatch(pair ->
                    pair.first().equals(entry.getKey()) || pair.second().equals(entry.getKey()));
            if (!hasTruePartner) {
                continue;
            }
            withPartner++;
            for (int rank = 0; rank < partners.size(); rank++) {
                if (puzzle.truePairs().contains(SegmentPair.of(entry.getKey(), partners.get(rank).partner()))) {
                    for (int k = rank + 1; k <= 5; k++) {
                        withinK[k]++;
                    }
                }
            }
        }
        SortedMap<Integer, Double> accuracy = new TreeMap<>();
        for (int k : new int[] {1, 2, 3, 5}) {
            accuracy.put(k, (double) withinK[k] / withPartner);
        }
        return accuracy;
    }

    private static void writePairImages(TestPuzzle puzzle, List<MatchResult> matches) {
        SegmentPair truePair = puzzle.truePairs().stream().sorted(Comparator.comparing(SegmentPair::toString))
                .findFirst().orElseThrow();
        MatchResult fit = find(matches, truePair);
        ImageFiles.writePng(PairImage.render(puzzle.segment(fit.segId1()), puzzle.segment(fit.segId2()), fit),
                EXAMPLES.resolve("pair-fit.png"));
        // The most plausible wrong candidate: the best-scored false partner of the same segment.
        MatchResult misfit = matches.stream()
                .filter(match -> match.segId1().equals(fit.segId1()) || match.segId2().equals(fit.segId1()))
                .filter(match -> !puzzle.truePairs().contains(match.pairKey()))
                .min(Comparator.comparingDouble(MatchResult::effectiveSimilarity)).orElseThrow();
        ImageFiles.writePng(PairImage.render(puzzle.segment(misfit.segId1()), puzzle.segment(misfit.segId2()), misfit),
                EXAMPLES.resolve("pair-misfit.png"));
    }

    private static MatchResult find(List<MatchResult> matches, SegmentPair pair) {
        return matches.stream().filter(match -> match.pairKey().equals(pair)).findFirst().orElseThrow();
    }

    /** Two million generated scores, binned over a range found in a first pass. */
    private static void writeLargeHistogram() {
        Supplier<Stream<MatchResult>> generated = () -> generatedMatches(2_000_000, 11);
        HistogramBins bins = HistogramBins.spanning(generated.get().mapToDouble(MatchResult::effectiveSimilarity), 60);
        StreamingHistogram histogram = MatchHistograms.similarity(generated.get(), bins);
        ChartImages.writePng(SimilarityCharts.histogram(histogram, "Similarity of 2,000,000 generated matches"),
                EXAMPLES.resolve("similarity-histogram.png"));
    }

    private static List<TimingSeries> measureTimings() throws IOException {
        List<TimingSeries.Point> histogramTimes = new ArrayList<>();
        List<TimingSeries.Point> partnerTimes = new ArrayList<>();
        StringBuilder report = new StringBuilder("matches\thistogram_s\tbest_partners_s\n");
        MatchTables.bestPartners(generatedMatches(100_000, 5), 5); // warm up: class loading and JIT are not measured
        for (int size : new int[] {10_000, 100_000, 1_000_000}) {
            long start = System.nanoTime();
            MatchHistograms.similarity(generatedMatches(size, 3), new HistogramBins(0, 2, 50));
            double histogramSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            MatchTables.bestPartners(generatedMatches(size, 3), 5);
            double partnerSeconds = (System.nanoTime() - start) / 1e9;
            histogramTimes.add(new TimingSeries.Point(size, histogramSeconds));
            partnerTimes.add(new TimingSeries.Point(size, partnerSeconds));
            report.append(size).append('\t').append(histogramSeconds).append('\t').append(partnerSeconds).append('\n');
        }
        Files.writeString(EXAMPLES.resolve("timings.tsv"), report);
        return List.of(new TimingSeries("similarity histogram", histogramTimes),
                new TimingSeries("best 5 partners per segment", partnerTimes));
    }

    /** Matches among 6,000 segments (1,500 pieces); scores from a skewed seeded distribution. */
    private static Stream<MatchResult> generatedMatches(int count, long seed) {
        Random random = new Random(seed);
        return IntStream.range(0, count).mapToObj(i -> {
            int first = random.nextInt(1500);
            int second = (first + 1 + random.nextInt(1499)) % 1500;
            double score = 0.05 + 0.3 * Math.pow(random.nextDouble(), 0.5) + 0.1 * random.nextGaussian() * random.nextDouble();
            return MatchResult.of(new SegmentId(new PieceId("sheet_" + first / 12, first), EdgePos.values()[i % 4]),
                    new SegmentId(new PieceId("sheet_" + second / 12, second), EdgePos.values()[(i / 4) % 4]),
                    Similarity.quantize(score));
        });
    }
}
