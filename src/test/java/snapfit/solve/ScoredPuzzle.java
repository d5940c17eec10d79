package snapfit.solve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import snapfit.model.EdgePos;
import snapfit.model.PieceRecord;
import snapfit.model.SegmentId;
import snapfit.model.SegmentPair;
import snapfit.model.SheetRecord;
import snapfit.store.MatchStore;
import snapfit.store.Metadata;
import snapfit.synth.Generator;
import snapfit.synth.GeneratorConfig;
import snapfit.synth.PuzzleTruth;
import snapfit.synth.TruthPiece;
import snapfit.synth.TruthSheet;

/**
 * A generated puzzle's pieces in a real {@code dataset.db}, as a flawless detection would store them (the truth's
 * corners and shapes, each piece turned as photographed), with scores made up from the truth: true neighbours
 * score {@value #TRUE_SCORE}, every other pair that could interlock 1.0 and up. {@code misleading} of the true
 * pairs score worse than a wrong partner of one of their sides, so their side's best partner is wrong.
 */
final class ScoredPuzzle {

    static final float TRUE_SCORE = 0.1f;

    final PuzzleTruth truth;
    final Path database;

    private ScoredPuzzle(PuzzleTruth truth, Path database) {
        this.truth = truth;
        this.database = database;
    }

    static ScoredPuzzle create(Path folder, int rows, int cols, long seed, double misleading) {
        PuzzleTruth truth = Generator.plan(GeneratorConfig.defaults().withSize(rows, cols).withSeed(seed)).truth();
        Path database = folder.resolve("dataset.db");
        try (MatchStore store = MatchStore.open(database)) {
            store.ingest(metadataOf(truth));
            Set<SegmentPair> neighbours = new HashSet<>();
            truth.neighbours().forEach(pair -> neighbours.add(SegmentPair.of(pair.segId1(), pair.segId2())));
            List<SegmentId> sides = new ArrayList<>();
            for (TruthPiece piece : truth.pieces()) {
                for (EdgePos edge : EdgePos.values()) {
                    sides.add(new SegmentId(piece.pieceId(), edge));
                }
            }
            Random random = new Random(seed);
            store.writeMatches(writer -> {
                for (int i = 0; i < sides.size(); i++) {
                    for (int j = i + 1; j < sides.size(); j++) {
                        SegmentId a = sides.get(i);
                        SegmentId b = sides.get(j);
                        if (a.pieceId().equals(b.pieceId()) || !shape(truth, a).canMatch(shape(truth, b))) {
                            continue;
                        }
                        boolean trueNeighbours = neighbours.contains(SegmentPair.of(a, b));
                        float wrong = 1.0f + random.nextFloat();
                        writer.add(a, b, trueNeighbours && random.nextDouble() >= misleading ? TRUE_SCORE
                                : trueNeighbours ? 1.2f : wrong);
                    }
                }
            });
        }
        return new ScoredPuzzle(truth, database);
    }

    private static snapfit.model.SegmentShape shape(PuzzleTruth truth, SegmentId side) {
        return truth.pieces().stream().filter(piece -> piece.pieceId().equals(side.pieceId())).findFirst()
                .orElseThrow().segmentShapes().get(side.edgePos());
    }

    static Metadata metadataOf(PuzzleTruth truth) {
        List<SheetRecord> sheets = new ArrayList<>();
        for (TruthSheet sheet : truth.sheets()) {
            sheets.add(new SheetRecord(sheet.sheetId(), sheet.imgPath(), sheet.pieceCount(), 130, 80000,
                    "2026-12-06T00:00:00Z"));
        }
        List<PieceRecord> pieces = truth.pieces().stream().map(piece -> new PieceRecord(piece.pieceId(),
                piece.corners(), piece.segmentShapes(), piece.orientedPieceType(),
                List.copyOf(piece.segmentShapes().flatEdges()), 1000, piece.contourRegion())).toList();
        return new Metadata(sheets, pieces);
    }
}
