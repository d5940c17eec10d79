package snapfit.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import snapfit.model.PixelBox;

/**
 * The detector thresholds a 5 x 5 blurred gray image at 130: pieces must land clearly below it, the
 * paper clearly above it.
 */
class SheetRendererTest {

    private static final int STEP_PX = 12;
    private static final int INSET_PX = 4;
    private static SyntheticPuzzle puzzle;
    /** Coverage of the true outlines, 255 inside; the width is the sheet's. */
    private static byte[] faces;
    private static int width;

    @BeforeAll
    static void plan() {
        puzzle = Generator.plan(new GeneratorConfig(3, 4, 3, 12, 10, false));
        TruthSheet sheet = puzzle.truth().sheets().get(0);
        width = sheet.width();
        faces = CoverageMask.paint(puzzle.truth().pieces().stream().map(piece -> puzzle.outline(piece.pieceId())).toList(),
                sheet.width(), sheet.height(), 0, 0);
    }

    private static boolean inside(int x, int y) {
        return (faces[y * width + x] & 0xFF) == 255;
    }

    private static boolean deepInside(int x, int y) {
        return inside(x, y) && inside(x - INSET_PX, y - INSET_PX) && inside(x + INSET_PX, y - INSET_PX)
                && inside(x - INSET_PX, y + INSET_PX) && inside(x + INSET_PX, y + INSET_PX);
    }

    private static boolean farOutside(int x, int y) {
        for (TruthPiece piece : puzzle.truth().pieces()) {
            PixelBox box = piece.contourRegion();
            if (x > box.x() - 30 && x < box.x() + box.width() + 30 && y > box.y() - 30 && y < box.y() + box.height() + 30) {
                return false;
            }
        }
        return true;
    }

    /** Mean gray (0.299 R + 0.587 G + 0.114 B) of the 5 x 5 pixels around (x, y). */
    private static double gray(BufferedImage image, int x, int y) {
        double sum = 0;
        for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -2; dx <= 2; dx++) {
                int rgb = image.getRGB(x + dx, y + dy);
                sum += 0.299 * (rgb >> 16 & 0xFF) + 0.587 * (rgb >> 8 & 0xFF) + 0.114 * (rgb & 0xFF);
            }
        }
        return sum / 25;
    }

    /**
     * A piece's coverage is centred on its true outline in pixel-centre coordinates (the truth's and OpenCV's), not
     * half a pixel up and left of it as Java2D's pixel corners would put it.
     */
    @Test
    void paint_coverageCentredOnTheTrueOutline() {
        PieceOutline outline = puzzle.outline(puzzle.truth().pieces().get(0).pieceId());
        double area = 0;
        double cx = 0;
        double cy = 0;
        for (int i = 0; i < outline.size(); i++) {
            int j = (i + 1) % outline.size();
            double cross = outline.x(i) * outline.y(j) - outline.x(j) * outline.y(i);
            area += cross / 2;
            cx += (outline.x(i) + outline.x(j)) * cross / 6;
            cy += (outline.y(i) + outline.y(j)) * cross / 6;
        }
        PixelBox box = outline.boundingBox();
        double covered = 0;
        double sumX = 0;
        double sumY = 0;
        for (int y = box.y() - 3; y < box.y() + box.height() + 3; y++) {
            for (int x = box.x() - 3; x < box.x() + box.width() + 3; x++) {
                double cover = (faces[y * width + x] & 0xFF) / 255.0;
                covered += cover;
                sumX += cover * x;
                sumY += cover * y;
            }
        }
        assertThat(sumX / covered).isCloseTo(cx / area, offset(0.05));
        assertThat(sumY / covered).isCloseTo(cy / area, offset(0.05));
    }

    @Test
    void renderSheet_photo_piecesBelowAndPaperAboveTheThreshold() {
        BufferedImage image = puzzle.renderSheet(0);
        int pieceSamples = 0;
        int paperSamples = 0;
        double darkestPaper = 255;
        double lightestPiece = 0;
        for (int y = INSET_PX; y < image.getHeight() - INSET_PX; y += STEP_PX) {
            for (int x = INSET_PX; x < image.getWidth() - INSET_PX; x += STEP_PX) {
                if (deepInside(x, y)) {
                    lightestPiece = Math.max(lightestPiece, gray(image, x, y));
                    pieceSamples++;
                } else if (farOutside(x, y)) {
                    darkestPaper = Math.min(darkestPaper, gray(image, x, y));
                    paperSamples++;
                }
            }
        }
        assertThat(pieceSamples).isGreaterThan(10_000);
        assertThat(paperSamples).isGreaterThan(30_000);
        assertThat(lightestPiece).isLessThan(128);
        assertThat(darkestPaper).isGreaterThan(150);
    }

    @Test
    void renderSheet_clean_isFlatPaperAndFlatPieces() {
        BufferedImage image = Generator.plan(new GeneratorConfig(3, 4, 3, 12, 10, true)).renderSheet(0);
        TruthPiece piece = puzzle.truth().pieces().get(0);
        int cx = (piece.corners().topLeft().x() + piece.corners().bottomRight().x()) / 2;
        int cy = (piece.corners().topLeft().y() + piece.corners().bottomRight().y()) / 2;

        assertThat(image.getRGB(cx, cy) & 0xFFFFFF).isEqualTo(SheetRenderer.CLEAN_FACE * 0x010101);
        assertThat(image.getRGB(5, 5) & 0xFFFFFF).isEqualTo(SheetRenderer.CLEAN_PAPER * 0x010101);
        assertThat(image.getWidth()).isEqualTo(SheetLayout.SHEET_WIDTH_PX);
        assertThat(image.getHeight()).isEqualTo(SheetLayout.SHEET_HEIGHT_PX);
    }
}
