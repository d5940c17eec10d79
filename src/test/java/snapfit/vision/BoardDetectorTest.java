package snapfit.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import snapfit.model.BoardBackground;
import snapfit.model.BoardLayout;
import snapfit.model.BoardSet;
import snapfit.model.PixelPoint;
import snapfit.model.SheetIdentity;

/** A board as {@link BoardImage} draws it, found again by {@link BoardDetector}: markers, homography, QR code. */
class BoardDetectorTest {

    private static final double PIXELS_PER_UNIT = 3;
    private static final BoardSet SET = BoardSet.forPieces("box-a", 10, BoardBackground.GREEN, 25, LocalDate.of(2026, 12, 6));

    @TempDir
    Path dir;

    @Test
    void detect_renderedBoard_findsEveryMarkerTheScaleAndTheQrIdentity() throws IOException {
        Path photo = write(BoardImage.render(SET, 3, PIXELS_PER_UNIT));

        BoardPhoto board = BoardDetector.detect(photo, PieceDetectionConfig.defaults()).orElseThrow();

        assertThat(board.markers()).isEqualTo(20);
        assertThat(SheetIdentity.ofPayload(board.qr().orElseThrow())).isEqualTo(SET.identity(3));
        assertMapsToBoard(board, 600, 900);
        assertThat(board.outlines()).isEmpty();
    }

    @Test
    void detect_twoMarkersHidden_stillFindsTheHomography() throws IOException {
        BufferedImage image = BoardImage.render(SET, 0, PIXELS_PER_UNIT);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(200, 170, 150));
        for (int id : List.of(0, 19)) {
            PixelPoint corner = BoardLayout.markerTopLeft(id);
            graphics.fillRect((int) (corner.x() * PIXELS_PER_UNIT) - 10, (int) (corner.y() * PIXELS_PER_UNIT) - 10,
                    (int) (BoardLayout.MARKER_LENGTH * PIXELS_PER_UNIT) + 20, (int) (BoardLayout.MARKER_LENGTH * PIXELS_PER_UNIT) + 20);
        }
        graphics.dispose();

        BoardPhoto board = BoardDetector.detect(write(image), PieceDetectionConfig.defaults()).orElseThrow();

        assertThat(board.markers()).isEqualTo(18);
        assertMapsToBoard(board, 2000, 300);
    }

    @Test
    void detect_glareOverTwoMarkers_stillFindsTheHomography() throws IOException {
        BufferedImage image = BoardImage.render(SET, 0, PIXELS_PER_UNIT);
        Graphics2D graphics = image.createGraphics();
        // A screen's reflection: a white blot washing out two neighbouring rim markers.
        graphics.setColor(new Color(250, 250, 250));
        PixelPoint corner = BoardLayout.markerTopLeft(BoardLayout.MARKER_COLS - 1);
        graphics.fillOval((int) ((corner.x() - 40) * PIXELS_PER_UNIT), (int) ((corner.y() - 10) * PIXELS_PER_UNIT),
                (int) (180 * PIXELS_PER_UNIT), (int) (330 * PIXELS_PER_UNIT));
        graphics.dispose();

        BoardPhoto board = BoardDetector.detect(write(image), PieceDetectionConfig.defaults()).orElseThrow();

        assertThat(board.markers()).isEqualTo(18);
        assertMapsToBoard(board, 1500, 2000);
    }

    @Test
    void detect_photoWithoutBoard_isEmpty() throws IOException {
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 800, 600);
        graphics.dispose();

        assertThat(BoardDetector.detect(write(image), PieceDetectionConfig.defaults())).isEmpty();
    }

    /** Photo pixel (x, y) of the unwarped rendering lies at board unit (x, y) / pixels per unit. */
    private static void assertMapsToBoard(BoardPhoto board, double x, double y) {
        List<Double> h = board.homography();
        double w = h.get(6) * x + h.get(7) * y + h.get(8);
        assertThat((h.get(0) * x + h.get(1) * y + h.get(2)) / w).isCloseTo(x / PIXELS_PER_UNIT, within(0.3));
        assertThat((h.get(3) * x + h.get(4) * y + h.get(5)) / w).isCloseTo(y / PIXELS_PER_UNIT, within(0.3));
    }

    private Path write(BufferedImage image) throws IOException {
        Path file = dir.resolve("board.png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
