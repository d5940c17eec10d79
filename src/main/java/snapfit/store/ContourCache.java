package snapfit.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import snapfit.model.CornerIndices;
import snapfit.model.InputFileException;
import snapfit.model.PieceId;
import snapfit.model.PieceRecord;
import snapfit.puzzle.Contour;

/**
 * The contour cache of one cache folder: per sheet, {@code contours/{sheet}_contours.npz} holds one
 * int32 array of shape (N, 1, 2) per piece, x then y in sheet pixels, under the key
 * {@code contour_{sheet}:{idx}} (OpenCV's contour layout, so {@code numpy.load} gives what
 * {@code cv2.findContours} gave), and {@code contours/{sheet}_corners.json} maps {@code "sheet:idx"}
 * to the corner indices on that contour. Reading checks that the two files describe the same pieces.
 */
public final class ContourCache {

    private static final String KEY_PREFIX = "contour_";
    private static final String EDGE_PREFIX = "edge_";
    private static final String FIX = "re-run `snapfit ingest` for this sheet to re-create both files";
    private static final TypeReference<LinkedHashMap<String, CornerIndices>> CORNERS_TYPE = new TypeReference<>() {
    };

    private ContourCache() {
    }

    /**
     * Replaces the sheet's cache files (each atomically) with {@code pieces}, written in piece order: the contours
     * (upstream's format: int32 pixel centres), the corners, and the sub-pixel edges of the contours that carry them
     * in {@code {sheet}_edges.npz} (float32, same shape and key suffix, so upstream's readers never see them). A
     * sheet without edges has no edges file.
     *
     * @throws IllegalArgumentException when a piece belongs to another sheet
     */
    public static void writeSheet(Path cacheDir, String sheetId, Map<PieceId, PieceContour> pieces) {
        SortedMap<PieceId, PieceContour> sorted = new TreeMap<>(pieces);
        LinkedHashMap<String, NpyArray> arrays = new LinkedHashMap<>();
        LinkedHashMap<String, NpyArray> edges = new LinkedHashMap<>();
        LinkedHashMap<String, CornerIndices> corners = new LinkedHashMap<>();
        sorted.forEach((pieceId, piece) -> {
            if (!pieceId.sheetId().equals(sheetId)) {
                throw new IllegalArgumentException("piece " + pieceId + " is not on sheet '" + sheetId
                        + "': write each sheet's pieces separately");
            }
            Contour contour = piece.contour();
            arrays.put(KEY_PREFIX + pieceId, NpyArray.ofInt32(new int[] {contour.size(), 1, 2}, contour.toInterleaved()));
            contour.edgeToInterleaved().ifPresent(edge ->
                    edges.put(EDGE_PREFIX + pieceId, NpyArray.ofFloat32(new int[] {contour.size(), 1, 2}, edge)));
            corners.put(pieceId.toString(), piece.corners());
        });
        Npz.write(CacheLayout.contours(cacheDir, sheetId), arrays);
        writeEdges(CacheLayout.edges(cacheDir, sheetId), edges);
        AtomicFile.write(CacheLayout.corners(cacheDir, sheetId), out -> Json.writer().writeValue(out, corners));
    }

    /**
     * Every piece of one sheet, in piece order.
     *
     * @throws InputFileException when a file is missing or malformed, or the two files disagree
     */
    public static SortedMap<PieceId, PieceContour> loadSheet(Path cacheDir, String sheetId) {
        Path npzFile = CacheLayout.contours(cacheDir, sheetId);
        Path cornersFile = CacheLayout.corners(cacheDir, sheetId);
        Map<String, NpyArray> arrays = Npz.read(npzFile);
        Map<String, CornerIndices> corners = readCorners(cornersFile);
        Path edgesFile = CacheLayout.edges(cacheDir, sheetId);
        // The contour file says which pieces the sheet has; an edge of none of them is not looked at.
        Map<String, NpyArray> edges = Files.exists(edgesFile) ? Npz.read(edgesFile) : Map.of();
        SortedMap<PieceId, PieceContour> pieces = new TreeMap<>();
        for (Map.Entry<String, NpyArray> entry : arrays.entrySet()) {
            PieceId pieceId = pieceIdOf(npzFile, sheetId, entry.getKey());
            CornerIndices pieceCorners = corners.get(pieceId.toString());
            if (pieceCorners == null) {
                throw new InputFileException(cornersFile, "has no corners for piece " + pieceId + ", which "
                        + npzFile.getFileName() + " holds; " + FIX);
            }
            Contour contour = contourOf(npzFile, entry.getKey(), entry.getValue(),
                    edges.get(EDGE_PREFIX + pieceId), edgesFile);
            try {
                pieces.put(pieceId, new PieceContour(contour, pieceCorners));
            } catch (IllegalArgumentException e) {
                throw new InputFileException(cornersFile, "piece " + pieceId + ": " + e.getMessage() + "; " + FIX, e);
            }
        }
        for (String key : corners.keySet()) {
            if (!arrays.containsKey(KEY_PREFIX + key)) {
                throw new InputFileException(cornersFile, "has corners for '" + key + "' but "
                        + npzFile.getFileName() + " has no array '" + KEY_PREFIX + key + "'; " + FIX);
            }
        }
        return pieces;
    }

    /**
     * One piece's contour and corners, from its sheet's files.
     *
     * @throws InputFileException when the files do not hold the piece or are unreadable
     */
    public static PieceContour loadContourForPiece(PieceId pieceId, Path cacheDir) {
        PieceContour piece = loadSheet(cacheDir, pieceId.sheetId()).get(pieceId);
        if (piece == null) {
            throw new NpzArrayException(CacheLayout.contours(cacheDir, pieceId.sheetId()), KEY_PREFIX + pieceId,
                    "is not in the file; the sheet has other pieces, or " + FIX);
        }
        return piece;
    }

    /**
     * Checks cheaply that the sheet's two files hold exactly {@code pieces}, each with its
     * {@code contour_point_count} points and its corners on the contour: reads the contour file's zip directory
     * and array headers ({@link Npz#readHeaders}) and the corners file, not the points.
     *
     * @throws InputFileException naming the first file that is missing, malformed or disagrees with {@code pieces}
     */
    public static void checkSheetHeaders(Path cacheDir, String sheetId, List<PieceRecord> pieces) {
        Path npzFile = CacheLayout.contours(cacheDir, sheetId);
        Map<PieceId, Integer> pointCounts = new HashMap<>();
        Npz.readHeaders(npzFile).forEach((key, header) -> pointCounts.put(pieceIdOf(npzFile, sheetId, key),
                contourLength(npzFile, key, header.dtype(), header.shape())));
        requireAgreement(cacheDir, sheetId, pointCounts, readCorners(CacheLayout.corners(cacheDir, sheetId)), pieces);
    }

    /**
     * Like {@link #checkSheetHeaders}, loading every point ({@link #loadSheet}), so damage inside the arrays is
     * found too.
     *
     * @throws InputFileException naming the first file that is missing, malformed or disagrees with {@code pieces}
     */
    public static void checkSheet(Path cacheDir, String sheetId, List<PieceRecord> pieces) {
        Map<PieceId, Integer> pointCounts = new HashMap<>();
        Map<String, CornerIndices> corners = new HashMap<>();
        loadSheet(cacheDir, sheetId).forEach((pieceId, piece) -> {
            pointCounts.put(pieceId, piece.contour().size());
            corners.put(pieceId.toString(), piece.corners());
        });
        requireAgreement(cacheDir, sheetId, pointCounts, corners, pieces);
    }

    /** Both files hold exactly {@code pieces}: an array of {@code contour_point_count} points and corners on it. */
    private static void requireAgreement(Path cacheDir, String sheetId, Map<PieceId, Integer> pointCounts,
            Map<String, CornerIndices> corners, List<PieceRecord> pieces) {
        Path npzFile = CacheLayout.contours(cacheDir, sheetId);
        Path cornersFile = CacheLayout.corners(cacheDir, sheetId);
        Set<String> listed = new HashSet<>();
        for (PieceRecord piece : pieces) {
            PieceId pieceId = piece.pieceId();
            listed.add(pieceId.toString());
            Integer points = pointCounts.get(pieceId);
            if (points == null) {
                throw new NpzArrayException(npzFile, KEY_PREFIX + pieceId, "is missing, but the cache's metadata"
                        + " lists piece " + pieceId + "; " + FIX);
            }
            if (points != piece.contourPointCount()) {
                throw new NpzArrayException(npzFile, KEY_PREFIX + pieceId, "has " + points + " points, but the"
                        + " metadata's contour_point_count of piece " + pieceId + " is " + piece.contourPointCount()
                        + "; " + FIX);
            }
            CornerIndices pieceCorners = corners.get(pieceId.toString());
            if (pieceCorners == null) {
                throw new InputFileException(cornersFile, "has no corners for piece " + pieceId
                        + ", which the cache's metadata lists; " + FIX);
            }
            try {
                PieceContour.requireOnContour(pieceCorners, points);
            } catch (IllegalArgumentException e) {
                throw new InputFileException(cornersFile, "piece " + pieceId + ": " + e.getMessage() + "; " + FIX, e);
            }
        }
        for (PieceId pieceId : pointCounts.keySet()) {
            if (!listed.contains(pieceId.toString())) {
                throw new NpzArrayException(npzFile, KEY_PREFIX + pieceId, "is of piece " + pieceId
                        + ", which the cache's metadata does not list; " + FIX);
            }
        }
        for (String key : corners.keySet()) {
            if (!listed.contains(key)) {
                throw new InputFileException(cornersFile, "has corners for '" + key
                        + "', which the cache's metadata does not list; " + FIX);
            }
        }
    }

    private static Map<String, CornerIndices> readCorners(Path file) {
        ObjectReader reader = Json.reader().forType(CORNERS_TYPE);
        return JsonFiles.read(file, FIX, reader::readValue);
    }

    private static PieceId pieceIdOf(Path npzFile, String sheetId, String key) {
        PieceId pieceId = null;
        if (key.startsWith(KEY_PREFIX)) {
            try {
                pieceId = PieceId.parse(key.substring(KEY_PREFIX.length()));
            } catch (IllegalArgumentException e) {
                pieceId = null;
            }
        }
        if (pieceId == null || !pieceId.sheetId().equals(sheetId)) {
            throw new NpzArrayException(npzFile, key, "is not named contour_" + sheetId
                    + ":INDEX, as every array of this sheet's contour file must be; " + FIX);
        }
        return pieceId;
    }

    /** The contour of an array, with its sub-pixel edge when {@code edge} is not null. */
    private static Contour contourOf(Path npzFile, String key, NpyArray array, NpyArray edge, Path edgesFile) {
        int points = contourLength(npzFile, key, array.dtype(), array.shape());
        if (edge == null) {
            return Contour.ofInterleaved(array.toIntArray());
        }
        String edgeKey = EDGE_PREFIX + key.substring(KEY_PREFIX.length());
        if (edge.dtype() != NpyDtype.FLOAT32 || !Arrays.equals(edge.shape(), new int[] {points, 1, 2})) {
            throw new NpzArrayException(edgesFile, edgeKey, "has dtype " + edge.dtype().descr() + " and shape "
                    + Arrays.toString(edge.shape()) + ": the edge of a contour of " + points + " points is float32 of shape ("
                    + points + ", 1, 2); " + FIX);
        }
        float[] xy = edge.toFloatArray();
        for (float value : xy) {
            if (!Float.isFinite(value)) {
                throw new NpzArrayException(edgesFile, edgeKey, "holds a value that is not finite; " + FIX);
            }
        }
        return Contour.traced(array.toIntArray(), xy);
    }

    /** Writes the edges file, or removes a stale one when no piece carries an edge. */
    private static void writeEdges(Path edgesFile, LinkedHashMap<String, NpyArray> edges) {
        if (!edges.isEmpty()) {
            Npz.write(edgesFile, edges);
            return;
        }
        try {
            Files.deleteIfExists(edgesFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the stale " + edgesFile + ": " + e.getMessage(), e);
        }
    }

    /** The number of points N of a contour array, which must be int32 of shape (N, 1, 2). */
    private static int contourLength(Path npzFile, String key, NpyDtype dtype, int[] shape) {
        if (dtype != NpyDtype.INT32 || shape.length != 3 || shape[1] != 1 || shape[2] != 2 || shape[0] < 4) {
            throw new NpzArrayException(npzFile, key, "has dtype " + dtype.descr() + " and shape "
                    + Arrays.toString(shape) + ": a contour is int32 of shape (N, 1, 2) with N >= 4; " + FIX);
        }
        return shape[0];
    }
}
