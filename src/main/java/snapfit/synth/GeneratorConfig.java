package snapfit.synth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import snapfit.model.BoardLayout;

/**
 * What {@link Generator} makes: a {@code rows x cols} puzzle cut from a seed, laid out on sheets
 * and photographed. The same config always gives the same truth and the same image bytes.
 *
 * @param rows               puzzle rows, at least 2; default {@value #DEFAULT_ROWS}
 * @param cols               puzzle columns, at least 2; default {@value #DEFAULT_COLS}
 * @param seed               random seed for the cut, the layout and the photo noise; default {@value #DEFAULT_SEED}
 * @param piecesPerSheet     pieces photographed together, 1 to 48; default {@value #DEFAULT_PIECES_PER_SHEET}
 * @param maxRotationDegrees largest tilt of a piece away from a quarter turn, in degrees, 0 to 30;
 *                           default {@value #DEFAULT_MAX_ROTATION_DEGREES}
 * @param clean              render flat colours with no band, shadow, noise or blur, as lossless PNG
 *                           (for debugging); default photo-like JPEG
 * @param variety            how alike the cuts are; default {@link Variety#NORMAL}, {@link Variety#LOW} for one die
 * @param capture            how each sheet's photo strays from a top-down shot at one height; default
 *                           {@link CaptureConfig#IDEAL}
 * @param board              pieces photographed on marker boards, at most one per slot; null (the default) for
 *                           plain paper
 */
public record GeneratorConfig(
        @JsonProperty("rows") int rows,
        @JsonProperty("cols") int cols,
        @JsonProperty("seed") long seed,
        @JsonProperty("pieces_per_sheet") int piecesPerSheet,
        @JsonProperty("max_rotation_degrees") double maxRotationDegrees,
        @JsonProperty("clean") boolean clean,
        @JsonProperty("variety") Variety variety,
        @JsonProperty("capture") CaptureConfig capture,
        @JsonProperty("board") @JsonInclude(JsonInclude.Include.NON_NULL) BoardStyle board) {

    public static final int DEFAULT_ROWS = 4;
    public static final int DEFAULT_COLS = 6;
    public static final long DEFAULT_SEED = 1;
    public static final int DEFAULT_PIECES_PER_SHEET = 12;
    public static final double DEFAULT_MAX_ROTATION_DEGREES = 10;
    /** Above this a piece's sides could no longer be named left/bottom/right/top unambiguously. */
    public static final double LIMIT_ROTATION_DEGREES = 30;
    static final int LIMIT_PIECES_PER_SHEET = 48;
    static final int LIMIT_SIDE = 200;

    public GeneratorConfig {
        // Truth files written before these settings existed read as what they were generated with.
        variety = variety == null ? Variety.NORMAL : variety;
        capture = capture == null ? CaptureConfig.IDEAL : capture;
        requireSide("rows", rows);
        requireSide("cols", cols);
        if (piecesPerSheet < 1 || piecesPerSheet > LIMIT_PIECES_PER_SHEET) {
            throw new IllegalArgumentException("pieces per sheet " + piecesPerSheet + " is out of range: use 1 to "
                    + LIMIT_PIECES_PER_SHEET + " (a real sheet holds about 12)");
        }
        if (board != null && piecesPerSheet > BoardLayout.SLOT_COLS * BoardLayout.SLOT_ROWS) {
            throw new IllegalArgumentException("pieces per sheet " + piecesPerSheet + " do not fit a board's "
                    + BoardLayout.SLOT_COLS * BoardLayout.SLOT_ROWS + " slots: use --pieces-per-sheet 12 or fewer with --board");
        }
        if (board != null && capture.lensDistortion() > 0) {
            throw new IllegalArgumentException("lens distortion " + capture.lensDistortion() + " with --board: board"
                    + " photos are drawn through a homography; use --lens-distortion 0");
        }
        if (!(maxRotationDegrees >= 0 && maxRotationDegrees <= LIMIT_ROTATION_DEGREES)) {
            throw new IllegalArgumentException("max rotation " + maxRotationDegrees + " degrees is out of range: use 0 to "
                    + LIMIT_ROTATION_DEGREES + " (pieces are also turned by random quarter turns)");
        }
    }

    /** Normal variety, every sheet shot from straight above at one height. */
    public GeneratorConfig(int rows, int cols, long seed, int piecesPerSheet, double maxRotationDegrees, boolean clean) {
        this(rows, cols, seed, piecesPerSheet, maxRotationDegrees, clean, Variety.NORMAL, CaptureConfig.IDEAL);
    }

    /** On plain paper. */
    public GeneratorConfig(int rows, int cols, long seed, int piecesPerSheet, double maxRotationDegrees, boolean clean,
                           Variety variety, CaptureConfig capture) {
        this(rows, cols, seed, piecesPerSheet, maxRotationDegrees, clean, variety, capture, null);
    }

    /** The default 4 x 6 puzzle, seed 1, 12 pieces a sheet, up to 10 degrees of tilt, photo-like. */
    public static GeneratorConfig defaults() {
        return new GeneratorConfig(DEFAULT_ROWS, DEFAULT_COLS, DEFAULT_SEED,
                DEFAULT_PIECES_PER_SHEET, DEFAULT_MAX_ROTATION_DEGREES, false);
    }

    public GeneratorConfig withSize(int newRows, int newCols) {
        return new GeneratorConfig(newRows, newCols, seed, piecesPerSheet, maxRotationDegrees, clean, variety, capture, board);
    }

    public GeneratorConfig withSeed(long newSeed) {
        return new GeneratorConfig(rows, cols, newSeed, piecesPerSheet, maxRotationDegrees, clean, variety, capture, board);
    }

    public GeneratorConfig withClean(boolean newClean) {
        return new GeneratorConfig(rows, cols, seed, piecesPerSheet, maxRotationDegrees, newClean, variety, capture, board);
    }

    public GeneratorConfig withVariety(Variety newVariety) {
        return new GeneratorConfig(rows, cols, seed, piecesPerSheet, maxRotationDegrees, clean, newVariety, capture, board);
    }

    public GeneratorConfig withCapture(CaptureConfig newCapture) {
        return new GeneratorConfig(rows, cols, seed, piecesPerSheet, maxRotationDegrees, clean, variety, newCapture, board);
    }

    public GeneratorConfig withBoard(BoardStyle newBoard) {
        return new GeneratorConfig(rows, cols, seed, piecesPerSheet, maxRotationDegrees, clean, variety, capture, newBoard);
    }

    private static void requireSide(String name, int value) {
        if (value < 2 || value > LIMIT_SIDE) {
            throw new IllegalArgumentException(name + " " + value + " is out of range: use 2 to " + LIMIT_SIDE);
        }
    }
}
