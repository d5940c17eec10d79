package snapfit.store;

import java.nio.file.Path;
import snapfit.model.PieceId;

/**
 * Where each file lives in a cache folder, as DESIGN.md lays it out:
 * {@code metadata.json}, {@code contours/{sheet}_contours.npz}, {@code contours/{sheet}_corners.json},
 * {@code dataset.db} and {@code matches.json}. Sheet ids are safe as file names ({@link PieceId}'s rule).
 */
public final class CacheLayout {

    private CacheLayout() {
    }

    public static Path metadata(Path cacheDir) {
        return cacheDir.resolve("metadata.json");
    }

    public static Path matchesJson(Path cacheDir) {
        return cacheDir.resolve("matches.json");
    }

    public static Path database(Path cacheDir) {
        return cacheDir.resolve("dataset.db");
    }

    public static Path contours(Path cacheDir, String sheetId) {
        return contourFolder(cacheDir).resolve(sheetId + "_contours.npz");
    }

    /** The sheet's sub-pixel edges, one float32 array (N, 1, 2) per piece beside its contour (snap-fit's own file). */
    public static Path edges(Path cacheDir, String sheetId) {
        return contourFolder(cacheDir).resolve(sheetId + "_edges.npz");
    }

    public static Path corners(Path cacheDir, String sheetId) {
        return contourFolder(cacheDir).resolve(sheetId + "_corners.json");
    }

    private static Path contourFolder(Path cacheDir) {
        return cacheDir.resolve("contours");
    }
}
