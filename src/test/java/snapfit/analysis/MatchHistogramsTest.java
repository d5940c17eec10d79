package snapfit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static snapfit.analysis.Matches.match;
import static snapfit.analysis.PieceFixtures.piece;
import static snapfit.model.SegmentShape.EDGE;
import static snapfit.model.SegmentShape.IN;
import static snapfit.model.SegmentShape.OUT;
import static snapfit.model.SegmentShape.WEIRD;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import snapfit.model.SegmentId;
import snapfit.model.SegmentPair;

class MatchHistogramsTest {

    private static final HistogramBins QUARTERS = new HistogramBins(0, 1, 4);

    @Test
    void byShapePair_mixedMatches_oneHistogramPerPairInShapeOrder() {
        ShapeLookup shapes = ShapeLookup.of(List.of(
                piece("s:0", 0, OUT, IN, WEIRD, EDGE), piece("s:1", 300, IN, OUT, IN, IN)));

        Map<ShapePair, StreamingHistogram> histograms = MatchHistograms.byShapePair(Stream.of(
                match("s:0:left", "s:1:left", 0.1f),
                match("s:1:bottom", "s:0:bottom", 0.6f),
                match("s:0:right", "s:1:left", 0.9f),
                match("s:0:left", "s:1:bottom", 0.4f, 0.3f)), shapes, QUARTERS);

        assertThat(histograms.keySet()).containsExactly(
                ShapePair.of(IN, OUT), ShapePair.of(IN, WEIRD), ShapePair.of(OUT, OUT));
        assertThat(histograms.get(ShapePair.of(OUT, IN)).counts()).containsExactly(1, 0, 1, 0);
        assertThat(histograms.get(ShapePair.of(OUT, OUT)).counts()).as("manual 0.3 counts").containsExactly(0, 1, 0, 0);
        assertThat(histograms.get(ShapePair.of(WEIRD, IN)).counts()).containsExactly(0, 0, 0, 1);
    }

    @Test
    void byTruth_setOfTruePairs_splitsEitherOrder() {
        Set<SegmentPair> truth = Set.of(SegmentPair.of(SegmentId.parse("s:0:right"), SegmentId.parse("s:1:left")));

        TruthHistograms split = MatchHistograms.byTruth(Stream.of(
                match("s:1:left", "s:0:right", 0.05f),
                match("s:0:right", "s:1:top", 0.3f),
                match("s:0:left", "s:1:left", 0.8f)), truth::contains, QUARTERS);

        assertThat(split.truePairs().counts()).containsExactly(1, 0, 0, 0);
        assertThat(split.falsePairs().counts()).containsExactly(0, 1, 0, 1);
    }

    @Test
    void shapePair_reversedOrder_isOnePairLabelledInShapeOrder() {
        assertThat(ShapePair.of(WEIRD, OUT)).isEqualTo(ShapePair.of(OUT, WEIRD));
        assertThat(ShapePair.of(WEIRD, OUT)).hasToString("out+weird");
        assertThat(ShapePair.of(EDGE, IN).canMatch()).isFalse();
    }
}
