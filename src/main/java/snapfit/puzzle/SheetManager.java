package snapfit.puzzle;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import snapfit.model.EdgePos;
import snapfit.model.InputFileException;
import snapfit.model.PieceId;
import snapfit.model.SegmentId;
import snapfit.vision.PieceDetectionConfig;

/**
 * The sheets of one puzzle, by id, in the order they were added, and their pieces and segments.
 *
 * <p>Not thread-safe: add sheets from one thread, then share it read-only (queries do not modify it).
 * {@link #addFolder} loads photos in parallel internally but adds them on the calling thread.
 */
public final class SheetManager {

    private final Map<String, Sheet> sheets = new LinkedHashMap<>();
    private final Map<PieceId, Piece> pieces = new LinkedHashMap<>();

    /**
     * Adds a sheet and its pieces.
     *
     * @throws IllegalArgumentException if a sheet with the same id is already here
     */
    public void addSheet(Sheet sheet) {
        Sheet existing = sheets.get(sheet.id());
        if (existing != null && sheet.board().map(BoardCapture::identity).isPresent()) {
            throw new IllegalArgumentException("sheet '" + sheet.id() + "' from " + sheet.imagePath()
                    + " is already loaded from " + existing.imagePath() + ": both show board "
                    + (sheet.board().get().identity().sheetIndex() + 1) + " of set '"
                    + sheet.board().get().identity().tagName() + "' (its QR code names the sheet); photograph each"
                    + " board once, or move one of the photos out of the folder");
        }
        if (existing != null) {
            throw new IllegalArgumentException("sheet '" + sheet.id() + "' from " + sheet.imagePath()
                    + " is already loaded from " + existing.imagePath()
                    + "; sheet ids are file names without extension, so rename one of the photos");
        }
        sheets.put(sheet.id(), sheet);
        sheet.pieces().forEach(piece -> pieces.put(piece.id(), piece));
    }

    /**
     * Loads every photo in {@code dir} whose file name matches {@code glob} (e.g. {@code *.{jpg,jpeg,png}}),
     * in parallel on all cores, and adds the sheets in file-name order. A photo that fails (unreadable, no
     * pieces, duplicate id) is reported to the listener and in the result, and skipped.
     *
     * @throws InputFileException if {@code dir} is not a readable folder or no file in it matches
     */
    public FolderLoadResult addFolder(Path dir, String glob, PieceDetectionConfig config, SheetLoadListener listener) {
        Objects.requireNonNull(config, "config");
        return addFolder(dir, glob, image -> Sheet.load(image, config), listener);
    }

    /** As {@link #addFolder(Path, String, PieceDetectionConfig, SheetLoadListener)}, each photo read by {@code loader}. */
    public FolderLoadResult addFolder(Path dir, String glob, Function<Path, Sheet> loader, SheetLoadListener listener) {
        Objects.requireNonNull(loader, "loader");
        Objects.requireNonNull(listener, "listener");
        List<Path> images = matchingFiles(dir, glob);
        int threads = Math.min(images.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Sheet>> loads = new ArrayList<>(images.size());
            for (Path image : images) {
                loads.add(executor.submit(() -> loader.apply(image)));
            }
            List<Sheet> added = new ArrayList<>();
            List<SheetFailure> failures = new ArrayList<>();
            for (int k = 0; k < images.size(); k++) {
                try {
                    Sheet sheet = loads.get(k).get();
                    addSheet(sheet);
                    added.add(sheet);
                    listener.sheetLoaded(k + 1, images.size(), sheet);
                } catch (ExecutionException | RuntimeException e) {
                    SheetFailure failure = new SheetFailure(images.get(k), problemOf(images.get(k), e));
                    failures.add(failure);
                    listener.sheetFailed(k + 1, images.size(), failure);
                }
            }
            return new FolderLoadResult(added, failures);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the photos in " + dir, e);
        } finally {
            executor.shutdownNow();
        }
    }

    private static String problemOf(Path image, Exception e) {
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        return cause instanceof InputFileException ? message : image + ": " + message;
    }

    private static List<Path> matchingFiles(Path dir, String glob) {
        if (!Files.isDirectory(dir)) {
            throw new InputFileException(dir, "is not a folder; give the folder that holds the sheet photos");
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        List<Path> images;
        try (Stream<Path> files = Files.list(dir)) {
            images = files.filter(Files::isRegularFile)
                    .filter(file -> matcher.matches(file.getFileName()))
                    .sorted(Comparator.comparing(file -> file.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new InputFileException(dir, "cannot be listed: " + e.getMessage(), e);
        }
        if (images.isEmpty()) {
            throw new InputFileException(dir, "has no files matching '" + glob
                    + "'; check the folder, or the pattern (e.g. *.{jpg,jpeg,png})");
        }
        return images;
    }

    /** The sheets in the order they were added. */
    public List<Sheet> sheets() {
        return List.copyOf(sheets.values());
    }

    /** @throws IllegalArgumentException for an id not loaded */
    public Sheet sheet(String id) {
        Sheet sheet = sheets.get(id);
        if (sheet == null) {
            throw new IllegalArgumentException("no sheet '" + id + "'; loaded sheets: " + sheets.keySet());
        }
        return sheet;
    }

    /** Every piece, sheet by sheet in the order they were added, each sheet's in index order. */
    public List<Piece> allPieces() {
        return List.copyOf(pieces.values());
    }

    /** @throws IllegalArgumentException for a piece not loaded */
    public Piece piece(PieceId id) {
        Piece piece = pieces.get(id);
        if (piece == null) {
            throw new IllegalArgumentException("no piece " + id + " among the " + pieces.size()
                    + " pieces of sheets " + sheets.keySet());
        }
        return piece;
    }

    /** @throws IllegalArgumentException for a segment of a piece not loaded */
    public Segment segment(SegmentId id) {
        return piece(id.pieceId()).segment(id.edgePos());
    }

    /** The ids of all segments of all pieces but {@code pieceId}, in {@link #allPieces()} then edge order. */
    public List<SegmentId> segmentIdsOfOtherPieces(PieceId pieceId) {
        piece(pieceId);
        List<SegmentId> ids = new ArrayList<>(4 * pieces.size());
        for (PieceId other : pieces.keySet()) {
            if (!other.equals(pieceId)) {
                for (EdgePos edge : EdgePos.values()) {
                    ids.add(new SegmentId(other, edge));
                }
            }
        }
        return ids;
    }
}
