package snapfit.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import snapfit.model.CornerPos;
import snapfit.model.Corners;
import snapfit.model.EdgePos;
import snapfit.model.PieceId;
import snapfit.model.PieceRecord;
import snapfit.model.PieceType;
import snapfit.model.PixelBox;
import snapfit.model.PixelPoint;
import snapfit.model.SegmentId;
import snapfit.model.SegmentPair;
import snapfit.model.SegmentShape;
import snapfit.model.SegmentShapes;

class EvaluatorTest {

    private static final PuzzleTruth TRUTH = Generator.plan(GeneratorConfig.defaults()).truth();

    private static int innerPairs() {
        return (int) TRUTH.neighbours().stream().filter(pair -> isInner(pair.segId1()) && isInner(pair.segId2())).count();
    }

    private static boolean isInner(SegmentId side) {
        return TRUTH.pieces().stream().filter(piece -> piece.pieceId().equals(side.pieceId())).findFirst()
                .orElseThrow().orientedPieceType().pieceType() == PieceType.INNER;
    }

    @Test
    void evaluate_perfectPipeline_reportsEverythingRight() {
        EvaluationReport report = new FakePipeline(TRUTH).evaluate();

        assertThat(report.detection().found()).isEqualTo(24);
        assertThat(report.detection().missed()).isEmpty();
        assertThat(report.detection().spurious()).isEmpty();
        assertThat(report.corners().corners()).isEqualTo(96);
        assertThat(report.corners().maxErrorPx()).isZero();
        assertThat(report.corners().offCount()).isZero();
        assertThat(report.shapes().sidesCorrect()).isEqualTo(96);
        assertThat(report.shapes().typesCorrect()).isEqualTo(24);
        assertThat(report.shapes().orientationsCorrect()).isEqualTo(24);
        assertThat(report.shapes().count(SegmentShape.EDGE, SegmentShape.EDGE)).isEqualTo(2 * (4 + 6));
        assertThat(report.matches().sides()).isEqualTo(2 * TRUTH.neighbours().size());
        assertThat(report.matches().top1Rate()).isEqualTo(1.0);
        assertThat(report.matches().medianRank()).isEqualTo(1.0);
        assertThat(report.matches().unscored()).isZero();
        assertThat(report.matches().worst()).isEmpty();
        assertThat(report.innerMatches().sides()).isEqualTo(2 * innerPairs());
        assertThat(report.innerMatches().top1Rate()).isEqualTo(1.0);
    }

    @Test
    void evaluate_oneShapeFlippedOneCornerMovedOnePairOutranked_reportsExactlyThose() {
        FakePipeline fake = new FakePipeline(TRUTH);
        // Flip the first blank of piece 0 to a tab.
        TruthPiece flipped = TRUTH.pieces().get(0);
        EdgePos blank = Arrays.stream(EdgePos.values())
                .filter(edge -> flipped.segmentShapes().get(edge) == SegmentShape.IN).findFirst().orElseThrow();
        fake.pieces.set(0, withShape(fake.pieces.get(0), blank, SegmentShape.OUT));
        // Move the top-left corner of piece 1 by 50 px.
        fake.pieces.set(1, withCornerMoved(fake.pieces.get(1), 50));
        // Make two other partners of one side of the first true pair score better than its true partner.
        TrueNeighbours outranked = TRUTH.neighbours().get(0);
        SegmentId side = fake.detected(outranked.segId1());
        SegmentId partner = fake.detected(outranked.segId2());
        fake.scores.put(SegmentPair.of(side, partner), 1.5f);
        List<SegmentPair> rivals = fake.scores.keySet().stream()
                .filter(pair -> pair.first().equals(side) || pair.second().equals(side))
                .filter(pair -> !pair.equals(SegmentPair.of(side, partner)))
                .sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
        rivals.forEach(pair -> fake.scores.put(pair, 2.0f));
        fake.scores.put(rivals.get(0), 1.0f);
        fake.scores.put(rivals.get(1), 1.2f);
        // The partner's own rivals must all score worse than 1.5 too.
        fake.scores.replaceAll((pair, score) -> (pair.first().equals(partner) || pair.second().equals(partner))
                && !pair.equals(SegmentPair.of(side, partner)) ? 2.0f : score);

        EvaluationReport report = fake.evaluate();

        assertThat(report.detection().found()).isEqualTo(24);
        assertThat(report.shapes().sidesCorrect()).isEqualTo(95);
        assertThat(report.shapes().count(SegmentShape.IN, SegmentShape.OUT)).isEqualTo(1);
        assertThat(report.shapes().typesCorrect()).isEqualTo(24);
        assertThat(report.corners().offCount()).isEqualTo(1);
        assertThat(report.corners().maxErrorPx()).isEqualTo(50.0);
        assertThat(report.corners().meanErrorPx()).isCloseTo(50.0 / 96, within(1e-9));
        int sides = 2 * TRUTH.neighbours().size();
        assertThat(report.matches().top1()).isEqualTo(sides - 1);
        assertThat(report.matches().top5()).isEqualTo(sides);
        assertThat(report.matches().worst()).containsExactly(
                new RankAccuracy.RankedSide(outranked.segId1().toString(), outranked.segId2().toString(), 3));
    }

    @Test
    void evaluate_missedAndSpuriousPieces_areCountedAndTheirPairsUnscored() {
        FakePipeline fake = new FakePipeline(TRUTH);
        TruthPiece missing = TRUTH.pieces().get(5);
        PieceRecord dropped = fake.pieces.remove(5);
        PieceRecord template = FakePipeline.record(new PieceId("sheet_00", 40), TRUTH.pieces().get(0));
        fake.pieces.add(new PieceRecord(template.pieceId(), template.corners(), template.segmentShapes(),
                template.orientedPieceType(), template.flatEdges(), 1000, new PixelBox(3900, 2900, 60, 60)));
        long pairsOfMissing = TRUTH.neighbours().stream()
                .filter(pair -> pair.segId1().pieceId().equals(missing.pieceId())
                        || pair.segId2().pieceId().equals(missing.pieceId())).count();

        EvaluationReport report = fake.evaluate();

        assertThat(report.detection().found()).isEqualTo(23);
        assertThat(report.detection().missed()).containsExactly(missing.pieceId().toString());
        assertThat(report.detection().spurious()).containsExactly("sheet_00:40");
        assertThat(report.matches().unscored()).isEqualTo(2 * (int) pairsOfMissing);
        assertThat(dropped.pieceId()).isEqualTo(fake.detectedIdOf.get(missing.pieceId()));
    }

    @Test
    void report_asJsonAndText_namesEveryMeasure() throws Exception {
        EvaluationReport report = new FakePipeline(TRUTH).evaluate();

        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(report));
        String text = report.toText();

        assertThat(json.at("/detection/found").asInt()).isEqualTo(24);
        assertThat(json.at("/corners/mean_error_px").asDouble()).isZero();
        assertThat(json.at("/shapes/confusion/2/2").asInt()).isEqualTo(20);
        assertThat(json.at("/matches/median_rank").asDouble()).isEqualTo(1.0);
        assertThat(json.at("/inner_matches/top1").asInt()).isEqualTo(2 * innerPairs());
        assertThat(text).contains("24 found of 24 true, 0 missed, 0 spurious", "top-1 100.0%", "96 shapes right");
    }

    private static PieceRecord withShape(PieceRecord piece, EdgePos edge, SegmentShape shape) {
        SegmentShape[] shapes = new SegmentShape[4];
        for (EdgePos each : EdgePos.values()) {
            shapes[each.ordinal()] = each == edge ? shape : piece.segmentShapes().get(each);
        }
        return new PieceRecord(piece.pieceId(), piece.corners(), new SegmentShapes(shapes[0], shapes[1], shapes[2], shapes[3]),
                piece.orientedPieceType(), piece.flatEdges(), piece.contourPointCount(), piece.contourRegion());
    }

    private static PieceRecord withCornerMoved(PieceRecord piece, int dx) {
        Corners c = piece.corners();
        PixelPoint moved = new PixelPoint(c.get(CornerPos.TOP_LEFT).x() + dx, c.get(CornerPos.TOP_LEFT).y());
        return new PieceRecord(piece.pieceId(), new Corners(moved, c.bottomLeft(), c.bottomRight(), c.topRight()),
                piece.segmentShapes(), piece.orientedPieceType(), piece.flatEdges(), piece.contourPointCount(),
                piece.contourRegion());
    }
}
