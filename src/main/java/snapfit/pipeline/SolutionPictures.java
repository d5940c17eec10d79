package snapfit.pipeline;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import snapfit.analysis.AssemblyImage;
import snapfit.analysis.DisplayScale;
import snapfit.analysis.ImageFiles;
import snapfit.model.PieceId;
import snapfit.model.Placement;
import snapfit.model.SheetRecord;
import snapfit.model.Solution;
import snapfit.store.ContourCache;
import snapfit.store.PieceContour;

/**
 * The pictures of a solution, written next to {@code solution.json}: {@code solution.png} (the assembled puzzle at
 * up to {@value #FULL_SIDE} pixels a side), {@code solution_overview.png} ({@value #OVERVIEW_WIDTH} pixels wide, to
 * show inline), {@code solution_confidence.png} (the overview tinted by confidence) and {@code solution_doubts.png}
 * (the {@value #DOUBTS} least certain placements with their neighbours). Reads each sheet photo once, from
 * {@code dataRoot} joined with the sheet's {@code img_path}.
 */
public final class SolutionPictures {

    static final int FULL_SIDE = 4000;
    static final int OVERVIEW_WIDTH = 1000;
    static final int DOUBTS = 15;
    static final int CANDIDATE_CELL = 160;
    /** The piece size to draw at when the cache records none (ingested before calibration): a 12 MP photo's. */
    static final double DEFAULT_PIECE_SIZE = 400;

    /** The files written. */
    public record Files(Path full, Path overview, Path confidence, Path doubts) {

        public static Files in(Path cacheDir) {
            return new Files(cacheDir.resolve("solution.png"), cacheDir.resolve("solution_overview.png"),
                    cacheDir.resolve("solution_confidence.png"), cacheDir.resolve("solution_doubts.png"));
        }
    }

    private SolutionPictures() {
    }

    /**
     * Renders and writes all four pictures.
     *
     * @param pieceSize the pieces' size in the photos, in pixels: the full picture draws them no larger
     */
    public static Files write(Path cacheDir, Path dataRoot, List<SheetRecord> sheets, Solution solution,
                              double pieceSize) {
        AssemblyImage.SheetSource source = sheetSource(cacheDir, dataRoot, sheets);
        int cellPixels = Math.min((int) Math.round(pieceSize), AssemblyImage.cellPixelsWithin(solution, FULL_SIDE));
        BufferedImage full = AssemblyImage.render(solution, source, cellPixels);
        DisplayScale small = DisplayScale.fitWidth(full.getWidth(), OVERVIEW_WIDTH);
        BufferedImage overview = small.scale(full);
        Files files = Files.in(cacheDir);
        ImageFiles.writePng(full, files.full());
        ImageFiles.writePng(overview, files.overview());
        ImageFiles.writePng(small.scale(AssemblyImage.confidenceView(full, solution, cellPixels)), files.confidence());
        ImageFiles.writePng(AssemblyImage.doubtSheet(full, solution, cellPixels, DOUBTS), files.doubts());
        return files;
    }

    /**
     * The picture of a guided suggestion's candidate in its cell, among the session's confirmed pieces
     * ({@link AssemblyImage#neighbourhood}), {@value #CANDIDATE_CELL} pixels a cell.
     */
    public static BufferedImage candidate(Path cacheDir, Path dataRoot, List<SheetRecord> sheets,
                                          List<Placement> confirmed, Placement candidate) {
        return AssemblyImage.neighbourhood(confirmed, candidate, sheetSource(cacheDir, dataRoot, sheets),
                CANDIDATE_CELL);
    }

    /** Photos from {@code dataRoot} joined with each sheet's {@code img_path}; contours from the cache. */
    static AssemblyImage.SheetSource sheetSource(Path cacheDir, Path dataRoot, List<SheetRecord> sheets) {
        Map<String, SheetRecord> sheetById = new HashMap<>();
        sheets.forEach(sheet -> sheetById.put(sheet.sheetId(), sheet));
        return new AssemblyImage.SheetSource() {
            @Override
            public BufferedImage photo(String sheetId) {
                return ImageFiles.read(dataRoot.resolve(sheetById.get(sheetId).imgPath()));
            }

            @Override
            public Map<PieceId, PieceContour> contours(String sheetId) {
                return ContourCache.loadSheet(cacheDir, sheetId);
            }
        };
    }
}
