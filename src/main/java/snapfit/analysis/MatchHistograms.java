package snapfit.analysis;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import snapfit.model.MatchResult;
import snapfit.model.SegmentPair;

/**
 * Histograms of match scores, each filled in one pass over a stream of any length with memory bounded
 * by the bins (and, grouped, by the number of groups). Every histogram counts the
 * {@linkplain MatchResult#effectiveSimilarity() effective similarity}, the score matches are ranked by.
 *
 * <p>To let the data choose the range, make a first pass with
 * {@code HistogramBins.spanning(matches.mapToDouble(MatchResult::effectiveSimilarity), 50)}.
 */
public final class MatchHistograms {

    private MatchHistograms() {
    }

    /** All matches in one histogram. Consumes {@code matches}. */
    public static StreamingHistogram similarity(Stream<MatchResult> matches, HistogramBins bins) {
        StreamingHistogram histogram = new StreamingHistogram(bins);
        matches.sequential().forEach(match -> histogram.add(match.effectiveSimilarity()));
        return histogram;
    }

    /**
     * One histogram per shape pair present (e.g. {@code in+out}, {@code weird+out}), in
     * {@link ShapePair} order. Consumes {@code matches}.
     *
     * @throws IllegalArgumentException when a match names a piece {@code shapes} does not know
     */
    public static Map<ShapePair, StreamingHistogram> byShapePair(
            Stream<MatchResult> matches, ShapeLookup shapes, HistogramBins bins) {
        Objects.requireNonNull(shapes, "shapes");
        Objects.requireNonNull(bins, "bins");
        Map<ShapePair, StreamingHistogram> histograms = new TreeMap<>();
        matches.sequential().forEach(match -> histograms
                .computeIfAbsent(shapes.pairOf(match), pair -> new StreamingHistogram(bins))
                .add(match.effectiveSimilarity()));
        return histograms;
    }

    /**
     * Matches split by ground truth: {@code isTruePair} says whether two segments really fit, e.g.
     * {@code truthSet::contains} for a {@code Set<SegmentPair>} of the puzzle's true neighbours.
     * Consumes {@code matches}.
     */
    public static TruthHistograms byTruth(
            Stream<MatchResult> matches, Predicate<SegmentPair> isTruePair, HistogramBins bins) {
        Objects.requireNonNull(isTruePair, "isTruePair");
        StreamingHistogram truePairs = new StreamingHistogram(bins);
        StreamingHistogram falsePairs = new StreamingHistogram(bins);
        matches.sequential().forEach(match -> (isTruePair.test(match.pairKey()) ? truePairs : falsePairs)
                .add(match.effectiveSimilarity()));
        return new TruthHistograms(truePairs, falsePairs);
    }
}
