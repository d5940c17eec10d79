package snapfit.web;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import snapfit.analysis.ImageFiles;
import snapfit.analysis.OverlayPiece;
import snapfit.analysis.OverlayStyle;
import snapfit.analysis.PairImage;
import snapfit.analysis.SheetOverlay;
import snapfit.model.InputFileException;
import snapfit.model.MatchResult;
import snapfit.model.PieceId;
import snapfit.model.PieceRecord;
import snapfit.model.PixelBox;
import snapfit.model.SheetRecord;
import snapfit.pipeline.CachedPuzzle;
import snapfit.puzzle.Contour;
import snapfit.store.ContourCache;
import snapfit.store.PieceContour;

/**
 * The API's PNG images, drawn by {@code snapfit.analysis} from the contour cache and the sheet photos: a piece
 * cut from its photo with its outline coloured by side shape and its corners ({@link SheetOverlay} on the cut),
 * a sheet's overlay, and two sides aligned on each other ({@link PairImage}). Thread-safe.
 */
final class CacheImages {

    /** Pieces are shown at most this wide, enough for a grid and a piece page. */
    private static final OverlayStyle PIECE_STYLE = new OverlayStyle(400, 2.5f, 4, 11);
    /** Sheets are shown as on notebook cells. */
    private static final OverlayStyle SHEET_STYLE = new OverlayStyle(1200, 3f, 5, 16);
    /** The photo around a piece's bounding box that its cut keeps, as a share of the box's larger side. */
    private static final double MARGIN = 0.12;

    private final Path cacheDir;
    private final SheetPhotos photos;

    CacheImages(Path cacheDir, SheetPhotos photos) {
        this.cacheDir = cacheDir;
        this.photos = photos;
    }

    byte[] piece(SheetRecord sheet, PieceRecord piece) {
        BufferedImage photo = photos.photo(sheet);
        PixelBox box = piece.contourRegion();
        int margin = (int) Math.ceil(MARGIN * Math.max(box.width(), box.height()));
        int left = Math.max(0, box.x() - margin);
        int top = Math.max(0, box.y() - margin);
        int right = Math.min(photo.getWidth(), box.x() + box.width() + margin);
        int bottom = Math.min(photo.getHeight(), box.y() + box.height() + margin);
        if (right <= left || bottom <= top) {
            throw ApiError.notFound("piece " + piece.pieceId() + " lies outside its sheet's photo " + sheet.imgPath(),
                    "re-run `snapfit ingest` for sheet '" + sheet.sheetId() + "'");
        }
        PieceContour cached = contours(piece.pieceId());
        Contour contour = cached.contour();
        int[] xs = new int[contour.size()];
        int[] ys = new int[contour.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = contour.x(i) - left;
            ys[i] = contour.y(i) - top;
        }
        BufferedImage cut = photo.getSubimage(left, top, right - left, bottom - top);
        OverlayPiece drawn = new OverlayPiece(piece, new Contour(xs, ys), cached.corners());
        return ImageFiles.toPngBytes(new SheetOverlay(PIECE_STYLE).render(cut, List.of(drawn)));
    }

    byte[] sheet(SheetRecord sheet, List<PieceRecord> pieces) {
        Map<PieceId, PieceContour> contours = readContours(() -> ContourCache.loadSheet(cacheDir, sheet.sheetId()));
        List<OverlayPiece> drawn = new ArrayList<>(pieces.size());
        for (PieceRecord piece : pieces) {
            PieceContour cached = contours.get(piece.pieceId());
            if (cached == null) {
                throw ApiError.notFound("the contour file of sheet '" + sheet.sheetId() + "' has no piece "
                        + piece.pieceId(), "re-run `snapfit ingest` for the sheet");
            }
            drawn.add(new OverlayPiece(piece, cached.contour(), cached.corners()));
        }
        return ImageFiles.toPngBytes(new SheetOverlay(SHEET_STYLE).render(photos.photo(sheet), drawn));
    }

    byte[] pair(MatchResult match) {
        return ImageFiles.toPngBytes(readContours(() -> PairImage.render(
                CachedPuzzle.reconstructSegment(match.segId1().pieceId(), match.segId1().edgePos(), cacheDir),
                CachedPuzzle.reconstructSegment(match.segId2().pieceId(), match.segId2().edgePos(), cacheDir),
                match)));
    }

    private PieceContour contours(PieceId pieceId) {
        return readContours(() -> ContourCache.loadContourForPiece(pieceId, cacheDir));
    }

    /** Runs {@code read}; a missing or damaged contour file is a 404 that names it. */
    private static <T> T readContours(Supplier<T> read) {
        try {
            return read.get();
        } catch (InputFileException e) {
            throw ApiError.notFound(e.getMessage(), "run `snapfit check --cache DIR --repair`, or re-run"
                    + " `snapfit ingest` for the sheet");
        }
    }
}
