package snapfit.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import snapfit.model.EdgePos;
import snapfit.model.InputFileException;
import snapfit.model.PieceRecord;
import snapfit.model.SegmentId;
import snapfit.model.SheetRecord;
import snapfit.puzzle.Segment;
import snapfit.store.CacheLayout;
import snapfit.store.ContourCache;
import snapfit.store.MatchStore;
import snapfit.store.Metadata;

/**
 * Verifies a cache folder against its record, {@code dataset.db}, in two depths.
 *
 * <p>{@link #onOpen}, for the commands that read a cache: compares {@code metadata.json} with the database, looks
 * at the last bytes of {@code matches.json}, and reads each sheet's contour file's zip directory and array headers
 * and its corners file, never the contour points. {@link #whole}, like {@code fsck}: SQLite's quick check, every
 * contour loaded, {@code matches.json} parsed, and the segments kept for every piece.
 *
 * <p>Damage to an export is repaired by rewriting it from the database ({@link CacheExports}); damage to a contour
 * file is not, as contours live only there, and its finding names the photo to ingest again.
 */
public final class CacheCheck {

    /** Told after each sheet's contour files are checked, from one thread. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total, sheetId) -> { };

        void sheetChecked(int done, int total, String sheetId);
    }

    private static final String DATABASE_FIX = "dataset.db is the record of the cache: restore it from a backup,"
            + " or ingest the photos again into a new cache folder";

    private CacheCheck() {
    }

    /**
     * The cheap check of a cache that a command opens: repairs {@code metadata.json} and {@code matches.json}
     * from the database when they are damaged, and reports contour files that are missing, truncated or disagree
     * with the database's pieces.
     *
     * @return what was repaired and what is damaged beyond repair; empty for a sound cache
     * @throws InputFileException when the folder is not a cache, or its database cannot be opened or read
     */
    public static List<CacheFinding> onOpen(Path cacheDir) {
        List<CacheFinding> findings = new ArrayList<>();
        try (MatchStore store = CacheFolder.openStore(cacheDir)) {
            Metadata metadata = store.metadata();
            if (CacheExports.metadataProblem(cacheDir, metadata).isPresent()) {
                CacheExports.repairMetadata(cacheDir, store).ifPresent(findings::add);
            }
            if (CacheExports.matchesProblem(cacheDir, false).isPresent()) {
                CacheExports.repairMatches(cacheDir, store).ifPresent(findings::add);
            }
            for (SheetRecord sheet : metadata.sheets()) {
                contourFinding(cacheDir, sheet, () -> ContourCache.checkSheetHeaders(cacheDir, sheet.sheetId(),
                        metadata.piecesOf(sheet.sheetId()))).ifPresent(findings::add);
            }
        }
        return findings;
    }

    /**
     * Verifies the whole cache, and with {@code repair} rewrites the damaged exports from the database.
     *
     * @return every problem found, each saying whether it was or can be repaired; empty for a sound cache
     * @throws InputFileException when the folder is not a cache
     */
    public static List<CacheFinding> whole(Path cacheDir, boolean repair, Progress progress) {
        Path database = CacheLayout.database(cacheDir);
        List<CacheFinding> findings = new ArrayList<>();
        try (MatchStore store = CacheFolder.openStore(cacheDir)) {
            List<String> corruption = store.quickCheck();
            if (!corruption.isEmpty()) {
                // Everything else is compared with the database, which cannot be trusted now.
                return List.of(notRepairable(database, "SQLite's quick_check finds " + String.join("; ", corruption)
                        + "; " + DATABASE_FIX));
            }
            Metadata metadata = store.metadata();
            exportFinding(CacheLayout.metadata(cacheDir), CacheExports.metadataProblem(cacheDir, metadata), repair,
                    () -> CacheExports.repairMetadata(cacheDir, store)).ifPresent(findings::add);
            exportFinding(CacheLayout.matchesJson(cacheDir), CacheExports.matchesProblem(cacheDir, true), repair,
                    () -> CacheExports.repairMatches(cacheDir, store)).ifPresent(findings::add);
            int done = 0;
            for (SheetRecord sheet : metadata.sheets()) {
                contourFinding(cacheDir, sheet, () -> ContourCache.checkSheet(cacheDir, sheet.sheetId(),
                        metadata.piecesOf(sheet.sheetId()))).ifPresent(findings::add);
                progress.sheetChecked(++done, metadata.sheets().size(), sheet.sheetId());
            }
            findings.addAll(segmentFindings(database, metadata, store.segments()));
        } catch (InputFileException e) {
            if (!e.file().equals(database)) {
                throw e;
            }
            findings.add(notRepairable(database, e.problem()));
        }
        return findings;
    }

    private static Optional<CacheFinding> exportFinding(Path file, Optional<String> problem, boolean repair,
            Supplier<Optional<CacheFinding>> repairer) {
        if (problem.isEmpty()) {
            return Optional.empty();
        }
        return repair ? repairer.get() : Optional.of(new CacheFinding(file, problem.get(), CacheFinding.State.REPAIRABLE));
    }

    /** The sheet's contour damage, if {@code check} finds any, with the re-ingest that undoes it. */
    private static Optional<CacheFinding> contourFinding(Path cacheDir, SheetRecord sheet, Runnable check) {
        try {
            check.run();
            return Optional.empty();
        } catch (InputFileException e) {
            String photo = Path.of(sheet.imgPath()).getFileName().toString();
            return Optional.of(notRepairable(e.file(), e.problem() + " (contours are not in dataset.db: re-ingest"
                    + " sheet '" + sheet.sheetId() + "' from its photo " + sheet.imgPath() + " with `bin/snapfit"
                    + " ingest --images FOLDER --glob '" + photo + "' --cache " + cacheDir + "`)"));
        }
    }

    /** One finding per sheet whose pieces lack segments in the database, which `match` then rebuilds each run. */
    private static List<CacheFinding> segmentFindings(Path database, Metadata metadata, Map<SegmentId, Segment> kept) {
        List<CacheFinding> findings = new ArrayList<>();
        for (SheetRecord sheet : metadata.sheets()) {
            List<String> lacking = metadata.piecesOf(sheet.sheetId()).stream().map(PieceRecord::pieceId)
                    .filter(piece -> !Arrays.stream(EdgePos.values())
                            .allMatch(edge -> kept.containsKey(new SegmentId(piece, edge))))
                    .map(Object::toString).toList();
            if (!lacking.isEmpty()) {
                findings.add(notRepairable(database, "sheet '" + sheet.sheetId() + "': no segments kept for "
                        + String.join(", ", lacking) + ", so every `match` rebuilds them from the contour cache;"
                        + " re-ingest the sheet's photo " + sheet.imgPath() + " to keep them"));
            }
        }
        return findings;
    }

    private static CacheFinding notRepairable(Path file, String problem) {
        return new CacheFinding(file, problem, CacheFinding.State.NOT_REPAIRABLE);
    }
}
