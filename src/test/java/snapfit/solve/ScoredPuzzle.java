package snapfit.solve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import snapfit.model.EdgePos;
import snapfit.model.OrientedPieceType;
import snapfit.model.PieceId;
import snapfit.model.PieceRecord;
import snapfit.model.PieceType;
import snapfit.model.SegmentId;
import snapfit.model.SegmentPair;
import snapfit.model.SegmentShape;
import snapfit.model.SegmentShapes;
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
        return stored(folder, truth, truth.pieces(), List.of(), List.of(), seed, misleading);
    }

    /**
     * The puzzle with every {@code missingEvery}-th piece never photographed (from piece 3 on) and {@code strangers}
     * pieces of another puzzle mixed in, on sheets of their own: a stranger scores 1.0 and up against every side.
     */
    static ScoredPuzzle withGaps(Path folder, int rows, int cols, long seed, int missingEvery, int strangers) {
        PuzzleTruth truth = Generator.plan(GeneratorConfig.defaults().withSize(rows, cols).withSeed(seed)).truth();
        List<TruthPiece> present = new ArrayList<>();
        for (int i = 0; i < truth.pieces().size(); i++) {
            if (i % missingEvery != 3) {
                present.add(truth.pieces().get(i));
            }
        }
        PuzzleTruth other = Generator.plan(GeneratorConfig.defaults().withSize(4, 5).withSeed(seed + 1)).truth();
        List<TruthPiece> strangerPieces = other.pieces().subList(0, strangers).stream()
                .map(piece -> new TruthPiece(new PieceId(STRANGER + piece.pieceId().sheetId(), piece.pieceId().index()),
                        piece.row(), piece.col(), piece.rotationDegrees(), piece.corners(), piece.segmentShapes(),
                        piece.orientedPieceType(), piece.contourRegion()))
                .toList();
        List<SheetRecord> strangerSheets = other.sheets().stream()
                .map(sheet -> new SheetRecord(STRANGER + sheet.sheetId(), sheet.imgPath(), sheet.pieceCount(), 130, 80000,
                        "2026-12-06T00:00:00Z"))
                .toList();
        return stored(folder, truth, present, strangerPieces, strangerSheets, seed, 0);
    }

    /** The puzzle with the first inner piece's left side called flat, as a misread shape would store it. */
    static ScoredPuzzle withWrongShape(Path folder, int rows, int cols, long seed) {
        PuzzleTruth truth = Generator.plan(GeneratorConfig.defaults().withSize(rows, cols).withSeed(seed)).truth();
        List<TruthPiece> present = new ArrayList<>(truth.pieces());
        for (int i = 0; i < present.size(); i++) {
            TruthPiece piece = present.get(i);
            if (piece.orientedPieceType().pieceType() == PieceType.INNER) {
                SegmentShapes misread = new SegmentShapes(SegmentShape.EDGE, piece.segmentShapes().bottom(),
                        piece.segmentShapes().right(), piece.segmentShapes().top());
                present.set(i, new TruthPiece(piece.pieceId(), piece.row(), piece.col(), piece.rotationDegrees(),
                        piece.corners(), misread, OrientedPieceType.ofFlatEdges(misread.flatEdges()),
                        piece.contourRegion()));
                break;
            }
        }
        return stored(folder, truth, present, List.of(), List.of(), seed, 0);
    }

    private static final String STRANGER = "stranger_";

    private static ScoredPuzzle stored(Path folder, PuzzleTruth truth, List<TruthPiece> present,
            List<TruthPiece> strangers, List<SheetRecord> strangerSheets, long seed, double misleading) {
        Path database = folder.resolve("dataset.db");
        List<TruthPiece> all = new ArrayList<>(present);
        all.addAll(strangers);
        try (MatchStore store = MatchStore.open(database)) {
            Metadata own = metadataOf(truth);
            List<SheetRecord> sheets = new ArrayList<>(own.sheets());
            sheets.addAll(strangerSheets);
            store.ingest(new Metadata(sheets, all.stream().map(ScoredPuzzle::recordOf).toList()));
            Set<SegmentPair> neighbours = new HashSet<>();
            truth.neighbours().forEach(pair -> neighbours.add(SegmentPair.of(pair.segId1(), pair.segId2())));
            List<SegmentId> sides = new ArrayList<>();
            List<SegmentShape> shapes = new ArrayList<>();
            for (TruthPiece piece : all) {
                for (EdgePos edge : EdgePos.values()) {
                    sides.add(new SegmentId(piece.pieceId(), edge));
                    shapes.add(piece.segmentShapes().get(edge));
                }
            }
            Random random = new Random(seed);
            store.writeMatches(writer -> {
                for (int i = 0; i < sides.size(); i++) {
                    for (int j = i + 1; j < sides.size(); j++) {
                        SegmentId a = sides.get(i);
                        SegmentId b = sides.get(j);
                        if (a.pieceId().equals(b.pieceId()) || !shapes.get(i).canMatch(shapes.get(j))) {
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

    static Metadata metadataOf(PuzzleTruth truth) {
        List<SheetRecord> sheets = new ArrayList<>();
        for (TruthSheet sheet : truth.sheets()) {
            sheets.add(new SheetRecord(sheet.sheetId(), sheet.imgPath(), sheet.pieceCount(), 130, 80000,
                    "2026-12-06T00:00:00Z"));
        }
        return new Metadata(sheets, truth.pieces().stream().map(ScoredPuzzle::recordOf).toList());
    }

    private static PieceRecord recordOf(TruthPiece piece) {
        return new PieceRecord(piece.pieceId(), piece.corners(), piece.segmentShapes(), piece.orientedPieceType(),
                List.copyOf(piece.segmentShapes().flatEdges()), 1000, piece.contourRegion());
    }
}
