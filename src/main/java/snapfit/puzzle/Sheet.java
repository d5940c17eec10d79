package snapfit.puzzle;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import snapfit.model.InputFileException;
import snapfit.model.PieceId;
import snapfit.model.PieceRecord;
import snapfit.model.SheetRecord;
import snapfit.vision.CornerFinder;
import snapfit.vision.PieceDetectionConfig;
import snapfit.vision.PieceDetector;
import snapfit.vision.TracedOutline;

/**
 * One photographed sheet and the pieces found on it, indexed {@code 0..n-1} in reading order (rows top to
 * bottom, left to right; see {@link PieceDetector}). The id is the photo's file name without extension.
 * Immutable.
 */
public final class Sheet {

    private final String id;
    private final Path imagePath;
    private final PieceDetectionConfig config;
    private final List<Piece> pieces;
    private final BoardCapture board;

    /**
     * A sheet from pieces already built, as when reloading the contour cache.
     *
     * @throws IllegalArgumentException if the pieces are not {@code id:0..n-1} in order
     */
    public Sheet(String id, Path imagePath, PieceDetectionConfig config, List<Piece> pieces) {
        this(id, imagePath, config, pieces, null);
    }

    /**
     * A sheet photographed on a marker board, or not ({@code board} null).
     *
     * @throws IllegalArgumentException if the pieces are not {@code id:0..n-1} in order, or the board does not
     *                                  label each of them
     */
    public Sheet(String id, Path imagePath, PieceDetectionConfig config, List<Piece> pieces, BoardCapture board) {
        this.id = Objects.requireNonNull(id, "id");
        this.board = board;
        if (board != null && board.labels().size() != pieces.size()) {
            throw new IllegalArgumentException("sheet '" + id + "' has " + pieces.size() + " pieces but "
                    + board.labels().size() + " slot labels");
        }
        this.imagePath = Objects.requireNonNull(imagePath, "imagePath of sheet " + id);
        this.config = Objects.requireNonNull(config, "config of sheet " + id);
        this.pieces = List.copyOf(pieces);
        for (int index = 0; index < this.pieces.size(); index++) {
            PieceId expected = new PieceId(id, index);
            if (!this.pieces.get(index).id().equals(expected)) {
                throw new IllegalArgumentException("sheet '" + id + "': piece " + index + " has id "
                        + this.pieces.get(index).id() + ", expected " + expected);
            }
        }
    }

    /**
     * Finds the pieces on the photo at {@code image}, their corners and side shapes.
     *
     * @throws InputFileException for a missing, empty or unreadable image, or one with no pieces (naming the
     *                            threshold and min area used and how to change them)
     */
    public static Sheet load(Path image, PieceDetectionConfig config) {
        return of(sheetIdOf(image), image, config, PieceDetector.detect(image, config), null);
    }

    /** The sheet of these outlines, its pieces' corners found and sides classified. */
    static Sheet of(String id, Path image, PieceDetectionConfig config, List<TracedOutline> outlines, BoardCapture board) {
        if (outlines.isEmpty()) {
            throw new InputFileException(image, "no pieces found with threshold " + config.threshold()
                    + " and min area " + config.minArea() + " px²; if the pieces are lighter than the threshold raise"
                    + " it (--threshold, 0-255), if they are smaller than the min area lower it (--min-area)");
        }
        List<Piece> pieces = new ArrayList<>(outlines.size());
        for (int index = 0; index < outlines.size(); index++) {
            TracedOutline outline = outlines.get(index);
            Contour contour = Contour.traced(outline.pixels(), outline.edge());
            pieces.add(Piece.fromContour(new PieceId(id, index), contour, CornerFinder.findCorners(outline.pixels())));
        }
        return new Sheet(id, image, config, pieces, board);
    }

    /** The sheet id of a photo: its file name without the extension. */
    public static String sheetIdOf(Path image) {
        String name = image.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public String id() {
        return id;
    }

    public Path imagePath() {
        return imagePath;
    }

    public PieceDetectionConfig config() {
        return config;
    }

    public List<Piece> pieces() {
        return pieces;
    }

    /** How the sheet lay on a marker board, if it did. */
    public Optional<BoardCapture> board() {
        return Optional.ofNullable(board);
    }

    /** The pieces as stored in {@code metadata.json}, each with its board slot when the sheet is on a board. */
    public List<PieceRecord> pieceRecords() {
        List<PieceRecord> records = new ArrayList<>(pieces.size());
        for (int index = 0; index < pieces.size(); index++) {
            PieceRecord record = pieces.get(index).toRecord();
            records.add(board == null ? record : record.withLabel(board.labels().get(index)));
        }
        return records;
    }

    /**
     * This sheet as stored in {@code metadata.json}.
     *
     * @param imgPathRelativeToDataRoot the photo's path relative to the data root, with '/' separators
     */
    public SheetRecord toRecord(String imgPathRelativeToDataRoot, Instant createdAt) {
        SheetRecord record = new SheetRecord(id, imgPathRelativeToDataRoot, pieces.size(), config.threshold(),
                config.minArea(), createdAt.toString());
        return board == null ? record : record.withBoard(board.identity(), board.board());
    }

    @Override
    public String toString() {
        return "Sheet[" + id + ", " + pieces.size() + " pieces, " + imagePath + (board == null ? "" : ", on a board") + "]";
    }
}
