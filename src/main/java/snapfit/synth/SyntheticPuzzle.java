package snapfit.synth;

import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import snapfit.model.PieceId;

/**
 * A generated puzzle held in memory: its pieces laid out on sheets and the ground truth, with the
 * sheet photos rendered on request. Built by {@link Generator#plan}. Immutable and thread-safe:
 * sheets may be rendered in parallel.
 */
public final class SyntheticPuzzle {

    private static final long LAYOUT_SALT = 0x1A7E5L;
    private static final int RENDER_SALT = 0x5EED;
    private static final long CAPTURE_SALT = 0xCA3E7AL;

    private final GeneratorConfig config;
    private final List<PlacedSheet> sheets;
    private final PuzzleTruth truth;
    private final Map<PieceId, PieceOutline> outlines = new HashMap<>();

    SyntheticPuzzle(GeneratorConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        List<CutPiece> pieces = PuzzleCutter.cut(config.rows(), config.cols(), config.variety(),
                new SplittableRandom(config.seed()));
        this.sheets = photographed(SheetLayout.layout(pieces, config, new SplittableRandom(config.seed() ^ LAYOUT_SALT)),
                config.capture(), new SplittableRandom(config.seed() ^ CAPTURE_SALT));
        this.truth = TruthBuilder.build(config, sheets, imageExtension());
        for (PlacedSheet sheet : sheets) {
            for (PlacedPiece piece : sheet.pieces()) {
                outlines.put(piece.id(), piece.outline());
            }
        }
    }

    /** The sheets as the camera sees them; its own random stream, so an ideal capture changes nothing else. */
    private static List<PlacedSheet> photographed(List<PlacedSheet> laidOut, CaptureConfig capture,
                                                  SplittableRandom random) {
        if (capture.equals(CaptureConfig.IDEAL)) {
            return laidOut;
        }
        return laidOut.stream()
                .map(sheet -> CameraView.random(capture, sheet.width(), sheet.height(), random).photograph(sheet))
                .toList();
    }

    public GeneratorConfig config() {
        return config;
    }

    public PuzzleTruth truth() {
        return truth;
    }

    public int sheetCount() {
        return sheets.size();
    }

    /** {@code jpg} for photo-like sheets, {@code png} for clean ones. */
    public String imageExtension() {
        return config.clean() ? "png" : "jpg";
    }

    /** The true outline of a piece in its sheet's pixels (the face, without the cut edge's band). */
    public PieceOutline outline(PieceId piece) {
        PieceOutline outline = outlines.get(piece);
        if (outline == null) {
            throw new IllegalArgumentException("piece " + piece + " is not in this puzzle: its pieces are on sheets "
                    + truth.sheets().get(0).sheetId() + " to " + truth.sheets().get(sheets.size() - 1).sheetId());
        }
        return outline;
    }

    /**
     * The photo of sheet {@code index} (0-based), the same pixels every time: each sheet's noise is
     * seeded by the puzzle's seed and the sheet's index.
     */
    public BufferedImage renderSheet(int index) {
        if (index < 0 || index >= sheets.size()) {
            throw new IllegalArgumentException("sheet index " + index + " is out of range: the puzzle has "
                    + sheets.size() + " sheets");
        }
        Rgb face = config.board() != null && config.board().palePieces() ? PhotoStyle.PALE_FACE
                : PhotoStyle.faceOf(config.seed());
        return SheetRenderer.render(sheets.get(index), face,
                NoiseField.hash(config.seed(), index, RENDER_SALT), config.clean());
    }
}
