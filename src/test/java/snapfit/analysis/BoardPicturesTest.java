package snapfit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import snapfit.model.BoardBackground;
import snapfit.model.BoardLayout;
import snapfit.model.BoardSet;
import snapfit.model.SheetBoard;
import snapfit.model.SheetRecord;
import snapfit.vision.BoardImage;

/** A board sheet's photo warped to the board frame from its stored record. */
class BoardPicturesTest {

    private static final BoardSet SET = BoardSet.forPieces("box", 1, BoardBackground.GREEN, 20, LocalDate.of(2025, 1, 2));

    @TempDir
    Path dataRoot;

    @Test
    void rectified_boardPhotographedAtTwicePixelsPerUnit_givesTheBoardAtTheAskedScale() {
        // The "photo" is the board drawn at 2 px per unit, shifted by (30, 40) px: photo-to-board is (p - shift) / 2.
        BufferedImage board = BoardImage.render(SET, 0, 2);
        BufferedImage photo = new BufferedImage(board.getWidth() + 60, board.getHeight() + 80, BufferedImage.TYPE_3BYTE_BGR);
        photo.getGraphics().drawImage(board, 30, 40, null);
        ImageFiles.writePng(photo, dataRoot.resolve("sheets/box_00.png"));
        SheetRecord sheet = new SheetRecord("box_00", "sheets/box_00.png", 0, 130, 80000, "2025-01-02T00:00:00Z")
                .withBoard(SET.identity(0), new SheetBoard(List.of(0.5, 0.0, -15.0, 0.0, 0.5, -20.0, 0.0, 0.0, 1.0), 5.5));

        BufferedImage rectified = BoardPictures.rectified(sheet, dataRoot, 0.5);

        assertThat(rectified.getWidth()).isEqualTo(BoardLayout.WIDTH / 2);
        assertThat(rectified.getHeight()).isEqualTo(BoardLayout.HEIGHT / 2);
        // The middle of slot B3 is the background; the page's corner, left of the first marker, is white paper.
        int slotX = (BoardLayout.slot(7).x() + BoardLayout.SLOT_SIZE / 2) / 2;
        int slotY = (BoardLayout.slot(7).y() + BoardLayout.SLOT_SIZE / 2) / 2;
        assertThat(new Color(rectified.getRGB(slotX, slotY))).isEqualTo(BoardImage.colourOf(BoardBackground.GREEN));
        assertThat(new Color(rectified.getRGB(4, 4))).isEqualTo(Color.WHITE);
    }

    @Test
    void rectified_sheetWithoutBoard_refusedNamingTheSheet() {
        SheetRecord plain = new SheetRecord("sheet_00", "sheets/sheet_00.jpg", 3, 130, 80000, "2025-01-02T00:00:00Z");

        assertThatThrownBy(() -> BoardPictures.rectified(plain, dataRoot, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sheet 'sheet_00' was not photographed on a marker board");
    }
}
