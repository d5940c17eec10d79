package snapfit.synth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import snapfit.model.EdgePos;
import snapfit.model.MatchResult;
import snapfit.model.PieceId;
import snapfit.model.PieceRecord;
import snapfit.model.SegmentId;
import snapfit.model.SegmentPair;
import snapfit.model.SegmentShape;

/**
 * What a flawless pipeline would report for a truth: every piece found, with the indices on each
 * sheet reversed (so the evaluator must pair by position), and every pair of compatible sides
 * scored: 0.1 for true neighbours, 1.0 and up (by a fixed spread) for the rest.
 */
final class FakePipeline {

    final PuzzleTruth truth;
    /** True piece id to detected piece id. */
    final Map<PieceId, PieceId> detectedIdOf = new HashMap<>();
    final List<PieceRecord> pieces = new ArrayList<>();
    final Map<SegmentPair, Float> scores = new HashMap<>();

    FakePipeline(PuzzleTruth truth) {
        this.truth = truth;
        for (TruthPiece piece : truth.pieces()) {
            TruthSheet sheet = truth.sheets().stream()
                    .filter(s -> s.sheetId().equals(piece.pieceId().sheetId())).findFirst().orElseThrow();
            PieceId detected = new PieceId(sheet.sheetId(), sheet.pieceCount() - 1 - piece.pieceId().index());
            detectedIdOf.put(piece.pieceId(), detected);
            pieces.add(record(detected, piece));
        }
        Set<SegmentPair> truePairs = truth.neighbours().stream()
                .map(pair -> SegmentPair.of(detected(pair.segId1()), detected(pair.segId2())))
                .collect(Collectors.toSet());
        List<SegmentId> sides = new ArrayList<>();
        Map<SegmentId, SegmentShape> shapes = new HashMap<>();
        for (TruthPiece piece : truth.pieces()) {
            for (EdgePos edge : EdgePos.values()) {
                SegmentId side = detected(new SegmentId(piece.pieceId(), edge));
                sides.add(side);
                shapes.put(side, piece.segmentShapes().get(edge));
            }
        }
        sides.sort(Comparator.naturalOrder());
        int spread = 0;
        for (int i = 0; i < sides.size(); i++) {
            for (int j = i + 1; j < sides.size(); j++) {
                SegmentId a = sides.get(i);
                SegmentId b = sides.get(j);
                if (!a.pieceId().equals(b.pieceId()) && shapes.get(a).canMatch(shapes.get(b))) {
                    SegmentPair pair = SegmentPair.of(a, b);
                    scores.put(pair, truePairs.contains(pair) ? 0.1f : 1.0f + (spread++ % 97) / 100f);
                }
            }
        }
    }

    static PieceRecord record(PieceId id, TruthPiece piece) {
        return new PieceRecord(id, piece.corners(), piece.segmentShapes(), piece.orientedPieceType(),
                List.copyOf(piece.segmentShapes().flatEdges()), 1000, piece.contourRegion());
    }

    SegmentId detected(SegmentId trueSide) {
        return new SegmentId(detectedIdOf.get(trueSide.pieceId()), trueSide.edgePos());
    }

    List<MatchResult> matches() {
        return scores.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(SegmentPair::toString)))
                .map(entry -> MatchResult.of(entry.getKey().first(), entry.getKey().second(), entry.getValue()))
                .toList();
    }

    EvaluationReport evaluate() {
        List<MatchResult> matches = matches();
        return Evaluator.evaluate(truth, pieces, matches::stream);
    }
}
