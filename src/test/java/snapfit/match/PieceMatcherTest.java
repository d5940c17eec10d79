package snapfit.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static snapfit.match.EdgeCurves.knobCut;
import static snapfit.match.EdgeCurves.reversedAndMoved;
import static snapfit.match.EdgeCurves.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import snapfit.model.EdgePos;
import snapfit.model.MatchResult;
import snapfit.model.PieceId;
import snapfit.model.SegmentId;
import snapfit.model.SegmentShape;
import snapfit.puzzle.Segment;

class PieceMatcherTest {

    private static final double[][] CUT = knobCut(90, 0.5, 0.2);

    /** Piece 0's tab; piece 1 holds its true partner, pieces 2..5 blanks that are close but not equal. */
    private static List<Segment> tabAndCandidates() {
        List<Segment> segments = new ArrayList<>();
        segments.add(segment("s", 0, EdgePos.TOP, SegmentShape.OUT, CUT));
        segments.add(segment("s", 1, EdgePos.BOTTOM, SegmentShape.IN, reversedAndMoved(CUT, 37, 900, 400)));
        segments.add(segment("s", 2, EdgePos.LEFT, SegmentShape.IN,
                reversedAndMoved(knobCut(80, 0.5, 0.2), 12, 100, 1200)));
        segments.add(segment("s", 3, EdgePos.RIGHT, SegmentShape.IN,
                reversedAndMoved(knobCut(90, 0.45, 0.2), -20, 2000, 300)));
        segments.add(segment("s", 4, EdgePos.TOP, SegmentShape.IN,
                reversedAndMoved(knobCut(90, 0.5, 0.17), 90, 1500, 1500)));
        segments.add(segment("s", 5, EdgePos.LEFT, SegmentShape.WEIRD,
                reversedAndMoved(knobCut(100, 0.55, 0.22), 180, 2500, 2500)));
        return segments;
    }

    @Test
    void matchAll_complementaryEdge_ranksFirstForTheTab() {
        PieceMatcher matcher = new PieceMatcher(tabAndCandidates(), ScoreConfig.defaults(), 1);
        SegmentId tab = matcher.segmentId(0);

        List<MatchResult> ofTab = matcher.matchAllToList().stream()
                .filter(match -> match.segId1().equals(tab) || match.segId2().equals(tab))
                .sorted(Comparator.comparing(MatchResult::similarity))
                .toList();

        assertThat(ofTab).hasSize(5);
        assertThat(ofTab.get(0).partnerOf(tab)).isEqualTo(matcher.segmentId(1));
        assertThat(ofTab.get(0).similarity()).isLessThan(2f);
        assertThat(ofTab.get(1).similarity()).isGreaterThan(2 * ofTab.get(0).similarity());
    }

    @ParameterizedTest
    @EnumSource(ScoreFunction.class)
    void matchPair_swappedArguments_giveTheSameScore(ScoreFunction function) {
        PieceMatcher matcher = new PieceMatcher(tabAndCandidates(), ScoreConfig.defaults().withFunction(function), 1);
        for (int a = 0; a < matcher.segmentCount(); a++) {
            for (int b = a + 1; b < matcher.segmentCount(); b++) {
                SegmentId first = matcher.segmentId(a);
                SegmentId second = matcher.segmentId(b);
                assertThat(matcher.matchPair(first, second)).isEqualTo(matcher.matchPair(second, first));
            }
        }
    }

    @Test
    void matchPair_denseAndSparseContourOfTheSameEdge_scoreAlike() {
        double[][] sparse = new double[51][];
        for (int i = 0; i < sparse.length; i++) {
            sparse[i] = CUT[i * 10];
        }
        List<Segment> segments = List.of(
                segment("s", 0, EdgePos.TOP, SegmentShape.OUT, CUT),
                segment("s", 1, EdgePos.TOP, SegmentShape.IN, reversedAndMoved(CUT, 5, 10, 10)),
                segment("s", 2, EdgePos.TOP, SegmentShape.IN, reversedAndMoved(sparse, 5, 10, 10)));
        PieceMatcher matcher = new PieceMatcher(segments, ScoreConfig.defaults(), 1);

        float dense = matcher.matchPair(segments.get(0).id(), segments.get(1).id());
        float coarse = matcher.matchPair(segments.get(0).id(), segments.get(2).id());

        assertThat(coarse).isCloseTo(dense, org.assertj.core.data.Offset.offset(1.5f));
    }

    @Test
    void matchPair_lengthMismatch_scoresWorseThanTheTrueLength() {
        double[][] stretched = new double[CUT.length][];
        for (int i = 0; i < CUT.length; i++) {
            stretched[i] = new double[] {CUT[i][0] * 1.1, CUT[i][1]};
        }
        List<Segment> segments = List.of(
                segment("s", 0, EdgePos.TOP, SegmentShape.OUT, CUT),
                segment("s", 1, EdgePos.TOP, SegmentShape.IN, reversedAndMoved(CUT, 0, 0, 0)),
                segment("s", 2, EdgePos.TOP, SegmentShape.IN, reversedAndMoved(stretched, 0, 0, 0)));
        PieceMatcher matcher = new PieceMatcher(segments, ScoreConfig.defaults(), 1);

        // 10% of a 500 px chord: well beyond the 1% scale the fit forgives, and 50 px of length gap (1.5 px of score) besides the knob that no longer fits.
        assertThat(matcher.matchPair(segments.get(0).id(), segments.get(2).id()))
                .isGreaterThan(matcher.matchPair(segments.get(0).id(), segments.get(1).id()) + 2);
    }

    @Test
    void matchPair_partnerScaledWithinTolerance_scoresNearlyAsTheTrueSize() {
        double[][] scaled = new double[CUT.length][];
        for (int i = 0; i < CUT.length; i++) {
            scaled[i] = new double[] {CUT[i][0] * 1.008, CUT[i][1] * 1.008};
        }
        List<Segment> segments = List.of(
                segment("s", 0, EdgePos.TOP, SegmentShape.OUT, CUT),
                segment("s", 1, EdgePos.TOP, SegmentShape.IN, reversedAndMoved(CUT, 0, 0, 0)),
                segment("s", 2, EdgePos.TOP, SegmentShape.IN, reversedAndMoved(scaled, 0, 0, 0)));
        PieceMatcher matcher = new PieceMatcher(segments, ScoreConfig.defaults(), 1);
        PieceMatcher rigid = new PieceMatcher(segments, new ScoreConfig(ScoreFunction.PROCRUSTES, 10, 0.1, 1.25, 0, 1), 1);

        float exact = matcher.matchPair(segments.get(0).id(), segments.get(1).id());
        float forgiving = matcher.matchPair(segments.get(0).id(), segments.get(2).id());
        float strict = rigid.matchPair(segments.get(0).id(), segments.get(2).id());
        // At most the chord-length term is added (0.1 times 0.8% of the chord; the fixture's rounding to whole
        // pixels moves each score by a few tenths), where the rigid fit leaves misfit too.
        float lengthTerm = 0.1f * 0.008f * segments.get(0).chordLength();
        assertThat(forgiving - exact).isLessThan(lengthTerm + 0.25f);
        assertThat(strict - exact).isGreaterThan(2 * (forgiving - exact));
    }

    @Test
    void matchAll_incompatibleShapes_areNotScored() {
        List<Segment> segments = List.of(
                segment("s", 0, EdgePos.TOP, SegmentShape.OUT, CUT),
                segment("s", 1, EdgePos.TOP, SegmentShape.OUT, CUT),
                segment("s", 2, EdgePos.TOP, SegmentShape.EDGE, CUT),
                segment("s", 3, EdgePos.TOP, SegmentShape.IN, CUT),
                segment("s", 4, EdgePos.TOP, SegmentShape.IN, CUT),
                segment("s", 5, EdgePos.TOP, SegmentShape.WEIRD, CUT));
        PieceMatcher matcher = new PieceMatcher(segments, ScoreConfig.defaults(), 1);

        Set<String> pairs = new HashSet<>();
        for (MatchResult match : matcher.matchAllToList()) {
            pairs.add(match.segId1().pieceId().index() + "-" + match.segId2().pieceId().index());
        }

        // out+in: 0-3 0-4 1-3 1-4; weird with every non-edge: 0-5 1-5 3-5 4-5; nothing with the flat edge 2.
        assertThat(pairs).containsExactlyInAnyOrder("0-3", "0-4", "1-3", "1-4", "0-5", "1-5", "3-5", "4-5");
    }

    @Test
    void matchAll_sameResultsWhateverTheThreadCount() {
        List<Segment> segments = new ArrayList<>();
        java.util.Random random = new java.util.Random(7);
        for (int piece = 0; piece < 60; piece++) {
            for (EdgePos edge : EdgePos.values()) {
                SegmentShape shape = random.nextBoolean() ? SegmentShape.IN : SegmentShape.OUT;
                segments.add(segment("s", piece, edge, shape,
                        knobCut(60 + random.nextInt(40), 0.4 + random.nextDouble() * 0.2, 0.2)));
            }
        }
        Set<MatchResult> single = new HashSet<>(new PieceMatcher(segments, ScoreConfig.defaults(), 1).matchAllToList());
        Set<MatchResult> four = new HashSet<>(new PieceMatcher(segments, ScoreConfig.defaults(), 4).matchAllToList());

        assertThat(single).hasSizeGreaterThan(10_000).isEqualTo(four);
    }

    @Test
    void matchIncremental_plusEarlierRun_equalsFullRun() {
        List<Segment> segments = tabAndCandidates();
        List<Segment> firstSheet = segments.subList(0, 3);
        Set<PieceId> added = Set.of(new PieceId("s", 3), new PieceId("s", 4), new PieceId("s", 5));

        Set<MatchResult> combined = new HashSet<>(new PieceMatcher(firstSheet, ScoreConfig.defaults(), 1)
                .matchAllToList());
        PieceMatcher all = new PieceMatcher(segments, ScoreConfig.defaults(), 2);
        all.matchIncremental(added, batch -> {
            for (int i = 0; i < batch.size(); i++) {
                combined.add(MatchResult.of(all.segmentId(batch.segmentA(i)), all.segmentId(batch.segmentB(i)),
                        batch.similarity(i)));
            }
        });

        assertThat(combined).isEqualTo(new HashSet<>(all.matchAllToList()));
    }

    @Test
    void matchPair_unknownSegment_namesItAndTheFix() {
        PieceMatcher matcher = new PieceMatcher(tabAndCandidates(), ScoreConfig.defaults(), 1);

        assertThatThrownBy(() -> matcher.matchPair(SegmentId.parse("s:0:top"), SegmentId.parse("other:1:left")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("other:1:left")
                .hasMessageContaining("snapfit query");
    }

    @Test
    void byName_anyCase_findsTheFunctionAndUnknownNamesListTheValidOnes() {
        assertThat(ScoreFunction.byName("Original")).isEqualTo(ScoreFunction.ORIGINAL);
        assertThat(ScoreFunction.byName("procrustes")).isEqualTo(ScoreFunction.PROCRUSTES);
        assertThatThrownBy(() -> ScoreFunction.byName("icp"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'icp'").hasMessageContaining("[procrustes, original]");
    }

    @Test
    void matchPair_originalScoreOnStraightPartners_measuresThePairingAcrossSwappedEnds() {
        double[][] straight = knobCut(0, 0.5, 0.2);
        List<Segment> segments = List.of(
                segment("s", 0, EdgePos.TOP, SegmentShape.EDGE, straight),
                segment("s", 1, EdgePos.BOTTOM, SegmentShape.EDGE, reversedAndMoved(straight, 30, 50, 50)));
        PieceMatcher procrustes = new PieceMatcher(segments, ScoreConfig.defaults(), 1);
        PieceMatcher original = new PieceMatcher(segments,
                ScoreConfig.defaults().withFunction(ScoreFunction.ORIGINAL), 1);
        SegmentId first = procrustes.segmentId(0);
        SegmentId second = procrustes.segmentId(1);

        // As in the seed: point i, laid on the partner's point 63 - i, is measured against its point i, so a
        // perfect 500 px partner scores the mean of |63 - 2i| / 63 * 500 = 500 * 32 / 63 px.
        assertThat(original.matchPair(first, second)).isCloseTo(500f * 32 / 63, within(1f));
        assertThat(procrustes.matchPair(first, second)).isLessThan(0.5f);
    }
}
