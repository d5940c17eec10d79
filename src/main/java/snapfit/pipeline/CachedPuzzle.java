package snapfit.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import snapfit.model.EdgePos;
import snapfit.model.InputFileException;
import snapfit.model.PieceId;
import snapfit.model.PieceRecord;
import snapfit.model.SheetRecord;
import snapfit.puzzle.Piece;
import snapfit.puzzle.Segment;
import snapfit.puzzle.Sheet;
import snapfit.puzzle.SheetManager;
import snapfit.store.CacheLayout;
import snapfit.store.ContourCache;
import snapfit.store.Metadata;
import snapfit.store.MetadataFile;
import snapfit.store.PieceContour;
import snapfit.vision.PieceDetectionConfig;

/**
 * Pieces rebuilt from a cache folder (metadata plus contour cache) without touching a photo: each
 * piece goes through {@link Piece#fromContour}, the same code as ingestion, so a rebuilt piece has the
 * same segments and shapes, and re-matching it gives the same scores.
 */
public final class CachedPuzzle {

    private CachedPuzzle() {
    }

    /**
     * Every sheet of {@code metadata}, with its pieces rebuilt from {@code cacheDir}'s contour cache.
     *
     * @throws InputFileException when a sheet's contour files are missing, corrupt, or disagree with the
     *                            metadata
     */
    public static SheetManager reconstruct(Path cacheDir, Metadata metadata) {
        SheetManager manager = new SheetManager();
        for (SheetRecord record : metadata.sheets()) {
            manager.addSheet(reconstructSheet(cacheDir, record, metadata.piecesOf(record.sheetId())));
        }
        return manager;
    }

    /** The sheets of {@code cacheDir/metadata.json}, rebuilt from its contour cache. */
    public static SheetManager reconstruct(Path cacheDir) {
        return reconstruct(cacheDir, MetadataFile.read(CacheLayout.metadata(cacheDir)));
    }

    /** One piece, rebuilt from the contour cache. */
    public static Piece reconstructPiece(PieceId pieceId, Path cacheDir) {
        PieceContour cached = ContourCache.loadContourForPiece(pieceId, cacheDir);
        return Piece.fromContour(pieceId, cached.contour(), cached.corners());
    }

    /** One side of one piece, rebuilt from the contour cache. */
    public static Segment reconstructSegment(PieceId pieceId, EdgePos edge, Path cacheDir) {
        return reconstructPiece(pieceId, cacheDir).segment(edge);
    }

    private static Sheet reconstructSheet(Path cacheDir, SheetRecord record, List<PieceRecord> records) {
        Map<PieceId, PieceContour> cached = ContourCache.loadSheet(cacheDir, record.sheetId());
        List<Piece> pieces = new ArrayList<>(records.size());
        for (PieceRecord pieceRecord : records) {
            PieceContour contour = cached.get(pieceRecord.pieceId());
            if (contour == null) {
                throw new InputFileException(CacheLayout.contours(cacheDir, record.sheetId()), "has no contour for piece "
                        + pieceRecord.pieceId() + " listed in metadata.json; re-run `snapfit ingest` for this sheet");
            }
            pieces.add(Piece.fromContour(pieceRecord.pieceId(), contour.contour(), contour.corners()));
        }
        PieceDetectionConfig config = PieceDetectionConfig.defaults()
                .withThreshold(record.threshold()).withMinArea(record.minArea());
        return new Sheet(record.sheetId(), Path.of(record.imgPath()), config, pieces);
    }
}
