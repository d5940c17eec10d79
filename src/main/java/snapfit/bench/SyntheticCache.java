package snapfit.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import snapfit.model.CornerIndices;
import snapfit.model.CornerPos;
import snapfit.model.PieceId;
import snapfit.model.PieceRecord;
import snapfit.model.SheetRecord;
import snapfit.pipeline.Ingestion;
import snapfit.pipeline.Matching;
import snapfit.puzzle.Contour;
import snapfit.puzzle.Piece;
import snapfit.store.CacheLayout;
import snapfit.store.ContourCache;
import snapfit.store.MatchStore;
import snapfit.store.Metadata;
import snapfit.store.MetadataFile;
import snapfit.store.PieceContour;
import snapfit.synth.PieceOutline;
import snapfit.synth.SyntheticPuzzle;
import snapfit.synth.TruthPiece;

/**
 * Pieces of a synthetic puzzle written into a cache folder the way {@link Ingestion} writes photos' pieces
 * (contour cache, {@code metadata.json}, {@code dataset.db}), but straight from the generator's true outlines:
 * no photo is rendered or read. Each outline is rounded to whole sheet pixels and becomes a {@link Piece}
 * through {@link Piece#fromContour}, as a detected piece would. Pieces are renumbered onto sheets of
 * {@value #PIECES_PER_SHEET} in the truth's order, so that any count of pieces fills whole sheets but the
 * last. Not thread-safe.
 */
public final class SyntheticCache {

    public static final int PIECES_PER_SHEET = 12;

    private final SyntheticPuzzle puzzle;
    private final List<TruthPiece> truthPieces;
    private int used;

    public SyntheticCache(SyntheticPuzzle puzzle) {
        this.puzzle = puzzle;
        this.truthPieces = puzzle.truth().pieces();
    }

    /** Pieces of the puzzle not written yet. */
    int remaining() {
        return truthPieces.size() - used;
    }

    /**
     * Writes the next {@code count} pieces of the puzzle on sheets {@code prefix_000}, {@code prefix_001}, ...
     * into {@code cacheDir}, next to any written before.
     *
     * @return the pieces written
     */
    public List<Piece> add(Path cacheDir, int count, String sheetPrefix) {
        if (count < 1 || count > remaining()) {
            throw new IllegalArgumentException("cannot add " + count + " pieces: the synthetic puzzle has "
                    + remaining() + " left");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Piece> pieces = new ArrayList<>(count);
        List<SheetRecord> sheets = new ArrayList<>();
        List<PieceRecord> records = new ArrayList<>(count);
        for (int first = 0; first < count; first += PIECES_PER_SHEET) {
            String sheetId = String.format("%s_%03d", sheetPrefix, first / PIECES_PER_SHEET);
            Map<PieceId, PieceContour> contours = new LinkedHashMap<>();
            int onSheet = Math.min(PIECES_PER_SHEET, count - first);
            for (int index = 0; index < onSheet; index++) {
                PieceOutline outline = puzzle.outline(truthPieces.get(used++).pieceId());
                Piece piece = pieceOf(new PieceId(sheetId, index), outline);
                pieces.add(piece);
                records.add(piece.toRecord());
                contours.put(piece.id(), new PieceContour(piece.contour(), piece.cornerIndices()));
            }
            ContourCache.writeSheet(cacheDir, sheetId, contours);
            sheets.add(new SheetRecord(sheetId, "sheets/" + sheetId + ".jpg", onSheet, 130, 80_000, now.toString()));
        }
        try (MatchStore store = MatchStore.open(CacheLayout.database(cacheDir))) {
            store.ingest(new Metadata(sheets, records), Matching.segmentsOf(pieces),
                    stored -> MetadataFile.write(CacheLayout.metadata(cacheDir), stored));
        }
        return pieces;
    }

    /** The outline rounded to whole pixels, as a contour tracer would report it, with its true corners. */
    static Piece pieceOf(PieceId id, PieceOutline outline) {
        int[] xs = new int[outline.size()];
        int[] ys = new int[outline.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = (int) Math.round(outline.x(i));
            ys[i] = (int) Math.round(outline.y(i));
        }
        CornerIndices corners = new CornerIndices(outline.cornerIndex(CornerPos.TOP_LEFT),
                outline.cornerIndex(CornerPos.BOTTOM_LEFT), outline.cornerIndex(CornerPos.BOTTOM_RIGHT),
                outline.cornerIndex(CornerPos.TOP_RIGHT));
        return Piece.fromContour(id, new Contour(xs, ys), corners);
    }
}
