package snapfit.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import snapfit.match.CalibrationRefinement;
import snapfit.model.BoardSet;
import snapfit.model.InputFileException;
import snapfit.model.PieceId;
import snapfit.model.PieceRecord;
import snapfit.model.SheetCalibration;
import snapfit.model.SheetRecord;
import snapfit.puzzle.BoardCapture;
import snapfit.puzzle.BoardSheets;
import snapfit.puzzle.FolderLoadResult;
import snapfit.puzzle.Piece;
import snapfit.puzzle.Segment;
import snapfit.puzzle.Sheet;
import snapfit.puzzle.SheetLoadListener;
import snapfit.puzzle.SheetManager;
import snapfit.puzzle.SheetPerspective;
import snapfit.store.CacheLayout;
import snapfit.store.ContourCache;
import snapfit.store.MatchStore;
import snapfit.store.Metadata;
import snapfit.store.MetadataFile;
import snapfit.store.PieceContour;
import snapfit.vision.PieceDetectionConfig;

/**
 * Sheet photos into a cache folder: finds the pieces of every photo in a folder (in parallel), then
 * writes each sheet's contour cache, merges the sheets into {@code metadata.json} (replacing sheets of
 * the same id, keeping the others) and stores them in {@code dataset.db}.
 *
 * <p>{@code dataset.db} is the record of what the cache holds and its commit the moment a change happens. The
 * write lock is taken first (a locked database fails before any file is written); inside the transaction
 * the sheets' rows are stored, then their contour files and {@code metadata.json} (exported from the
 * database as it will be after the commit) are written, each atomically, then the transaction commits. A
 * crash before the commit leaves the previous database state, whose sheets' contour files are all still
 * there; {@code metadata.json} can then be ahead of the database, and the next ingest rewrites it from the
 * database. A photo that fails is reported and skipped; nothing already in the cache is removed, and the
 * matches of sheets not re-ingested are kept. The cache folder and its database are created only once a sheet
 * is to be stored, so a run that stores nothing leaves nothing behind.
 */
public final class Ingestion {

    /** Every JPEG and PNG, in either case. */
    public static final String DEFAULT_GLOB = "*.{jpg,jpeg,png,JPG,JPEG,PNG}";

    /**
     * @param detection how pieces are found
     * @param glob      which file names in the folder are photos
     * @param dataRoot  the folder {@code img_path} is relative to
     * @param requiredBoard the marker board set every photo must show ({@code --board}), or null to look for a
     *                  board on every photo and take one without as a plain sheet
     */
    public record Options(PieceDetectionConfig detection, String glob, Path dataRoot, BoardSet requiredBoard) {

        public Options {
            Objects.requireNonNull(detection, "detection");
            Objects.requireNonNull(glob, "glob");
            dataRoot = dataRoot.toAbsolutePath().normalize();
        }

        /**
         * Default detection and glob, with photo paths relative to the deepest folder holding both the
         * photos and the cache: {@code sheets/x.jpg} when they are side by side, as in {@code data/sample}.
         */
        public static Options defaultsFor(Path imagesDir, Path cacheDir) {
            return new Options(PieceDetectionConfig.defaults(), DEFAULT_GLOB, commonAncestor(imagesDir, cacheDir), null);
        }

        private static Path commonAncestor(Path a, Path b) {
            Path ancestor = a.toAbsolutePath().normalize();
            Path other = b.toAbsolutePath().normalize();
            while (!other.startsWith(ancestor)) {
                ancestor = ancestor.getParent();
            }
            return ancestor;
        }

        public Options withDetection(PieceDetectionConfig newDetection) {
            return new Options(newDetection, glob, dataRoot, requiredBoard);
        }

        public Options withGlob(String newGlob) {
            return new Options(detection, newGlob, dataRoot, requiredBoard);
        }

        public Options withDataRoot(Path newDataRoot) {
            return new Options(detection, glob, newDataRoot, requiredBoard);
        }

        public Options withRequiredBoard(BoardSet newRequiredBoard) {
            return new Options(detection, glob, dataRoot, newRequiredBoard);
        }
    }

    private Ingestion() {
    }

    /**
     * Ingests every photo in {@code imagesDir} into {@code cacheDir}.
     *
     * @throws InputFileException when the folder has no photos, the cache cannot be written, or a photo
     *                            lies outside the data root
     */
    public static IngestReport ingest(Path imagesDir, Path cacheDir, Options options, SheetLoadListener listener) {
        long start = System.nanoTime();
        requireInsideDataRoot(imagesDir, options.dataRoot());
        requireWritableIfPresent(cacheDir);
        Path database = CacheLayout.database(cacheDir);
        if (Files.exists(database)) {
            // A database that is not ours, newer or corrupt is refused before any photo is read.
            MatchStore.openExisting(database).close();
        }
        FolderLoadResult loaded = new SheetManager().addFolder(imagesDir, options.glob(),
                image -> BoardSheets.load(image, options.detection(), options.requiredBoard()), listener);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<SheetRecord> sheets = new ArrayList<>();
        List<PieceRecord> pieces = new ArrayList<>();
        double puzzlePieceSize = 1;
        if (!loaded.added().isEmpty()) {
            // The cache is created only now, so that an ingest that stores nothing leaves nothing behind.
            createFolder(cacheDir);
            try (MatchStore store = MatchStore.open(database)) {
                Map<String, SheetPerspective> perspectives = perspectivesOf(loaded.added());
                puzzlePieceSize = store.puzzlePieceSize().orElseGet(() -> perspectives.isEmpty() ? 1
                        : MatchStore.storablePieceSize(SheetPerspective.referenceSize(perspectives.values())));
                List<Segment> segments = loaded.added().stream()
                        .flatMap(sheet -> Matching.segmentsOf(sheet.pieces()).stream()).toList();
                Map<String, SheetCalibration> calibrations = calibrations(store, loaded.added(), perspectives,
                        puzzlePieceSize, segments);
                for (Sheet sheet : loaded.added()) {
                    sheets.add(sheet.toRecord(relativePath(sheet.imagePath(), options.dataRoot()), now)
                            .withCalibration(calibrations.get(sheet.id())));
                    pieces.addAll(sheet.pieceRecords());
                }
                Metadata added = new Metadata(sheets, pieces);
                store.ingest(added, segments, OptionalDouble.of(puzzlePieceSize), stored -> {
                    loaded.added().forEach(sheet -> ContourCache.writeSheet(cacheDir, sheet.id(), contoursOf(sheet)));
                    MetadataFile.write(CacheLayout.metadata(cacheDir), stored);
                });
            }
        }
        return new IngestReport(sheets, puzzlePieceSize, pieces.size(),
                loaded.failures(), Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * The new sheets' calibrations. A sheet on a marker board maps its photo to the board frame through the board's
     * homography, at the one scale all board sheets share ({@link BoardScale}), and stays fixed. The others start
     * from their own pieces and are sharpened by the edges that match unambiguously, among the new sheets and
     * against the board sheets and the sheets already in the store, which stay as they are (so that their stored
     * scores stay valid).
     */
    private static Map<String, SheetCalibration> calibrations(MatchStore store, List<Sheet> added,
            Map<String, SheetPerspective> perspectives, double puzzlePieceSize, List<Segment> addedSegments) {
        Map<String, SheetCalibration> calibrations = new HashMap<>();
        Set<String> addedIds = new HashSet<>();
        Set<String> free = new HashSet<>();
        double puzzlePerUnit = BoardScale.puzzlePerUnit(added, puzzlePieceSize);
        for (Sheet sheet : added) {
            SheetPerspective perspective = perspectives.get(sheet.id());
            Optional<BoardCapture> board = sheet.board();
            if (board.isPresent() && perspective != null) {
                calibrations.put(sheet.id(), board.get().board().calibration(perspective.originX(),
                        perspective.originY(), puzzlePerUnit));
            } else {
                calibrations.put(sheet.id(), perspective == null ? SheetCalibration.IDENTITY
                        : perspective.calibrationTo(puzzlePieceSize));
                free.add(sheet.id());
            }
            addedIds.add(sheet.id());
        }
        Metadata stored = store.metadata();
        stored.sheets().stream().filter(sheet -> !addedIds.contains(sheet.sheetId()))
                .forEach(sheet -> calibrations.put(sheet.sheetId(), sheet.calibration()));
        List<Segment> segments = new ArrayList<>(addedSegments);
        store.segments().values().stream()
                .filter(segment -> !addedIds.contains(segment.id().pieceId().sheetId()))
                .sorted(Comparator.comparing(segment -> segment.id().toString()))
                .forEach(segments::add);
        calibrations.putAll(CalibrationRefinement.refine(segments, calibrations, free,
                Runtime.getRuntime().availableProcessors()));
        return calibrations;
    }

    /** Each sheet's perspective, from its pieces' corners; sheets without pieces keep the identity. */
    private static Map<String, SheetPerspective> perspectivesOf(List<Sheet> sheets) {
        Map<String, SheetPerspective> perspectives = new LinkedHashMap<>();
        for (Sheet sheet : sheets) {
            if (!sheet.pieces().isEmpty()) {
                perspectives.put(sheet.id(),
                        SheetPerspective.estimate(sheet.pieces().stream().map(Piece::corners).toList()));
            }
        }
        return perspectives;
    }

    private static Map<PieceId, PieceContour> contoursOf(Sheet sheet) {
        Map<PieceId, PieceContour> contours = new LinkedHashMap<>();
        for (Piece piece : sheet.pieces()) {
            contours.put(piece.id(), new PieceContour(piece.contour(), piece.cornerIndices()));
        }
        return contours;
    }

    private static String relativePath(Path image, Path dataRoot) {
        Path relative = dataRoot.relativize(image.toAbsolutePath().normalize());
        return relative.toString().replace('\\', '/');
    }

    private static void requireInsideDataRoot(Path imagesDir, Path dataRoot) {
        if (!imagesDir.toAbsolutePath().normalize().startsWith(dataRoot)) {
            throw new InputFileException(imagesDir, "is outside the data root " + dataRoot
                    + " that photo paths are stored relative to; pass --data-root with a folder that holds both"
                    + " the photos and the cache");
        }
    }

    /** Checked before any photo is read, so that an unwritable cache fails at once. */
    private static void requireWritableIfPresent(Path cacheDir) {
        if (Files.exists(cacheDir) && !Files.isWritable(cacheDir)) {
            throw new InputFileException(cacheDir, "is not writable; choose a writable cache folder or fix its permissions");
        }
    }

    private static void createFolder(Path cacheDir) {
        try {
            Files.createDirectories(cacheDir);
        } catch (java.io.IOException e) {
            throw new InputFileException(cacheDir, "cannot be created (" + e + "); choose a writable cache folder", e);
        }
    }
}
