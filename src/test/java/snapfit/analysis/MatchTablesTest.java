package snapfit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;
import static snapfit.analysis.Matches.match;
import static snapfit.analysis.PieceFixtures.piece;
import static snapfit.model.SegmentShape.EDGE;
import static snapfit.model.SegmentShape.IN;
import static snapfit.model.SegmentShape.OUT;
import static snapfit.model.SegmentShape.WEIRD;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import snapfit.model.MatchResult;
import tech.tablesaw.api.Table;

class MatchTablesTest {

    private static final List<MatchResult> MATCHES = List.of(
            match("s:0:left", "s:1:right", 0.25f),
            match("s:0:left", "s:2:top", 0.5f, 0.125f),
            match("s:0:left", "s:1:top", 0.75f),
            match("s:1:right", "s:2:top", 0.0625f));

    @Test
    void matches_limitTwo_firstTwoRowsWithManualMissingWhenNull() {
        Table table = MatchTables.matches(MATCHES.stream(), 2);

        assertThat(table.columnNames()).containsExactly("seg_id1", "seg_id2", "piece1", "piece2", "edge1", "edge2",
                "similarity", "similarity_manual", "effective");
        assertThat(table.rowCount()).isEqualTo(2);
        assertThat(table.stringColumn("seg_id2").asList()).containsExactly("s:1:right", "s:2:top");
        assertThat(table.stringColumn("piece1").get(0)).isEqualTo("s:0");
        assertThat(table.stringColumn("edge2").get(1)).isEqualTo("top");
        assertThat(table.floatColumn("similarity").asList()).containsExactly(0.25f, 0.5f);
        assertThat(table.floatColumn("similarity_manual").isMissing(0)).isTrue();
        assertThat(table.floatColumn("similarity_manual").get(1)).isEqualTo(0.125f);
        assertThat(table.floatColumn("effective").asList()).containsExactly(0.25f, 0.125f);
    }

    @Test
    void matches_negativeLimit_isRefused() {
        assertThatThrownBy(() -> MatchTables.matches(Stream.empty(), -1)).hasMessageContaining("-1");
    }

    @Test
    void bestPartners_twoPerSegment_rankedByEffectiveSimilarityForBothSides() {
        Table table = MatchTables.bestPartners(MATCHES.stream(), 2);

        assertThat(table.columnNames()).containsExactly("seg_id", "rank", "partner", "similarity",
                "similarity_manual", "effective");
        assertThat(table.stringColumn("seg_id").asList()).containsExactly(
                "s:0:left", "s:0:left", "s:1:right", "s:1:right", "s:1:top", "s:2:top", "s:2:top");
        assertThat(table.intColumn("rank").asList()).containsExactly(1, 2, 1, 2, 1, 1, 2);
        // s:0:left: the manual 0.125 beats the computed 0.25; 0.75 is third and dropped.
        assertThat(table.stringColumn("partner").asList()).containsExactly(
                "s:2:top", "s:1:right", "s:2:top", "s:0:left", "s:0:left", "s:1:right", "s:0:left");
        assertThat(table.floatColumn("effective").asList()).containsExactly(
                0.125f, 0.25f, 0.0625f, 0.25f, 0.75f, 0.0625f, 0.125f);
    }

    @Test
    void bestPartners_equalScores_tieBrokenByPartnerId() {
        Table table = MatchTables.bestPartners(Stream.of(
                match("s:0:left", "s:3:top", 0.5f), match("s:0:left", "s:2:top", 0.5f)), 1);

        assertThat(table.stringColumn("partner").get(0)).isEqualTo("s:2:top");
    }

    @Test
    void similarityQuantilesByShapePair_onePassPerPair_countsAndExactExtremes() {
        ShapeLookup shapes = ShapeLookup.of(List.of(
                piece("s:0", 0, OUT, IN, WEIRD, EDGE),
                piece("s:1", 300, IN, IN, IN, OUT),
                piece("s:2", 600, IN, OUT, IN, IN)));
        Stream<MatchResult> matches = Stream.of(
                match("s:0:left", "s:1:left", 0.1f),     // out+in
                match("s:0:left", "s:2:left", 0.3f),     // out+in
                match("s:1:top", "s:2:top", 0.2f),       // in+out
                match("s:0:right", "s:1:left", 0.9f),    // in+weird
                match("s:0:left", "s:2:bottom", 0.6f));  // out+out

        Table table = MatchTables.similarityQuantilesByShapePair(matches, shapes, new HistogramBins(0, 1, 100));

        assertThat(table.columnNames()).containsExactly("shape_pair", "can_match", "count", "min", "p05", "p25",
                "median", "p75", "p95", "max");
        assertThat(table.stringColumn("shape_pair").asList()).containsExactly("in+out", "in+weird", "out+out");
        assertThat(table.booleanColumn("can_match").asList()).containsExactly(true, true, false);
        assertThat(table.longColumn("count").asList()).containsExactly(3L, 1L, 1L);
        assertThat(table.doubleColumn("min").get(0)).isEqualTo(0.1f);
        assertThat(table.doubleColumn("max").get(0)).isEqualTo(0.3f);
        assertThat(table.doubleColumn("median").get(0)).isCloseTo(0.2, offset(0.01));
    }

    @Test
    void similarityQuantilesByShapePair_unknownPiece_namesIt() {
        ShapeLookup shapes = ShapeLookup.of(List.of(piece("s:0", 0, OUT, IN, WEIRD, EDGE)));

        assertThatThrownBy(() -> MatchTables.similarityQuantilesByShapePair(
                Stream.of(match("s:0:left", "s:9:left", 0.1f)), shapes, new HistogramBins(0, 1, 10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("s:9");
    }
}
