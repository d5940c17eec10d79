package snapfit.analysis;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import snapfit.model.MatchResult;
import snapfit.model.SegmentId;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Tablesaw tables of match results. Inputs are streams because a puzzle has millions of matches:
 * each method consumes its stream once, and memory grows with the rows of the table it returns, not
 * with the stream. Lower similarity means a better fit.
 */
public final class MatchTables {

    /** The quantiles reported per shape pair, as fractions. */
    private static final double[] QUANTILES = {0.05, 0.25, 0.5, 0.75, 0.95};
    private static final String[] QUANTILE_COLUMNS = {"p05", "p25", "median", "p75", "p95"};

    private MatchTables() {
    }

    /**
     * The first {@code limit} matches in stream order (pass a stream sorted by similarity to see the best).
     * Columns: {@code seg_id1}, {@code seg_id2} ({@code sheet:idx:edge}), {@code piece1}, {@code piece2}
     * ({@code sheet:idx}), {@code edge1}, {@code edge2}, {@code similarity}, {@code similarity_manual}
     * (missing when there is no manual override) and {@code effective} (the one ranked by).
     */
    public static Table matches(Stream<MatchResult> matches, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("row limit is " + limit + ": it must be 0 or more");
        }
        StringColumn segment1 = StringColumn.create("seg_id1");
        StringColumn segment2 = StringColumn.create("seg_id2");
        StringColumn piece1 = StringColumn.create("piece1");
        StringColumn piece2 = StringColumn.create("piece2");
        StringColumn edge1 = StringColumn.create("edge1");
        StringColumn edge2 = StringColumn.create("edge2");
        ScoreColumns scores = new ScoreColumns();
        matches.sequential().limit(limit).forEach(match -> {
            segment1.append(match.segId1().toString());
            segment2.append(match.segId2().toString());
            piece1.append(match.segId1().pieceId().toString());
            piece2.append(match.segId2().pieceId().toString());
            edge1.append(match.segId1().edgePos().value());
            edge2.append(match.segId2().edgePos().value());
            scores.append(match);
        });
        return Table.create("matches", segment1, segment2, piece1, piece2, edge1, edge2)
                .addColumns(scores.similarity, scores.manual, scores.effective);
    }

    /**
     * For every segment in the matches, its {@code perSegment} best partners (lowest effective
     * similarity first, ties by partner id), ranked by the matcher's bounded per-segment heaps after one
     * pass that keeps 12 bytes per match. Each match counts for both of its segments. Rows are ordered by segment id,
     * then rank. Columns: {@code seg_id}, {@code rank} (1 = best), {@code partner}, {@code similarity},
     * {@code similarity_manual}, {@code effective}.
     */
    public static Table bestPartners(Stream<MatchResult> matches, int perSegment) {
        BestPartners best = new BestPartners(perSegment);
        matches.sequential().forEach(best::add);
        StringColumn segment = StringColumn.create("seg_id");
        IntColumn rank = IntColumn.create("rank");
        StringColumn partner = StringColumn.create("partner");
        ScoreColumns scores = new ScoreColumns();
        for (Map.Entry<SegmentId, List<BestPartners.Partner>> entry : best.ranked().entrySet()) {
            List<BestPartners.Partner> partners = entry.getValue();
            for (int i = 0; i < partners.size(); i++) {
                segment.append(entry.getKey().toString());
                rank.append(i + 1);
                partner.append(partners.get(i).partner().toString());
                scores.append(partners.get(i).match());
            }
        }
        return Table.create("best partners", segment, rank, partner)
                .addColumns(scores.similarity, scores.manual, scores.effective);
    }

    /**
     * Effective similarity quantiles per shape pair, from one streaming pass into a histogram per pair,
     * so each quantile is exact to within one bin width of {@code bins} (min and max are exact).
     * Columns: {@code shape_pair} (e.g. {@code in+out}), {@code can_match} (whether the shapes can
     * interlock), {@code count}, {@code min}, {@code p05}, {@code p25}, {@code median}, {@code p75},
     * {@code p95}, {@code max}; one row per pair present.
     */
    public static Table similarityQuantilesByShapePair(
            Stream<MatchResult> matches, ShapeLookup shapes, HistogramBins bins) {
        Map<ShapePair, StreamingHistogram> histograms = MatchHistograms.byShapePair(matches, shapes, bins);
        StringColumn pair = StringColumn.create("shape_pair");
        BooleanColumn canMatch = BooleanColumn.create("can_match");
        LongColumn count = LongColumn.create("count");
        DoubleColumn min = DoubleColumn.create("min");
        DoubleColumn[] quantiles = new DoubleColumn[QUANTILES.length];
        for (int q = 0; q < QUANTILES.length; q++) {
            quantiles[q] = DoubleColumn.create(QUANTILE_COLUMNS[q]);
        }
        DoubleColumn max = DoubleColumn.create("max");
        histograms.forEach((shapePair, histogram) -> {
            pair.append(shapePair.toString());
            canMatch.append(shapePair.canMatch());
            count.append(histogram.total());
            min.append(histogram.min());
            for (int q = 0; q < QUANTILES.length; q++) {
                quantiles[q].append(histogram.quantile(QUANTILES[q]));
            }
            max.append(histogram.max());
        });
        return Table.create("similarity by shape pair", pair, canMatch, count, min)
                .addColumns(quantiles)
                .addColumns(max);
    }

    /** The three score columns both match tables share, filled row by row. */
    private static final class ScoreColumns {
        final FloatColumn similarity = FloatColumn.create("similarity");
        final FloatColumn manual = FloatColumn.create("similarity_manual");
        final FloatColumn effective = FloatColumn.create("effective");

        void append(MatchResult match) {
            similarity.append(match.similarity());
            if (match.similarityManual() == null) {
                manual.appendMissing();
            } else {
                manual.append(match.similarityManual().floatValue());
            }
            effective.append(match.effectiveSimilarity());
        }
    }
}
