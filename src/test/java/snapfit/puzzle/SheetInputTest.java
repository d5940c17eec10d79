package snapfit.puzzle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import snapfit.model.InputFileException;
import snapfit.model.SegmentShape;
import snapfit.model.SegmentShapes;
import snapfit.model.SheetRecord;
import snapfit.vision.DrawnPiece;
import snapfit.vision.PieceDetectionConfig;

class SheetInputTest {

    @TempDir
    Path dir;

    @Test
    void load_missingFile_throwsNamingFileAndFix() {
        Path missing = dir.resolve("nope.jpg");

        assertThatThrownBy(() -> Sheet.load(missing, PieceDetectionConfig.defaults()))
                .isInstanceOf(InputFileException.class)
                .hasMessageStartingWith(missing.toString()).hasMessageContaining("does not exist");
    }

    @Test
    void load_zeroByteFile_throwsEmpty() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.jpg"));

        assertThatThrownBy(() -> Sheet.load(empty, PieceDetectionConfig.defaults()))
                .isInstanceOf(InputFileException.class)
                .hasMessageStartingWith(empty.toString()).hasMessageContaining("empty (0 bytes)");
    }

    @Test
    void load_textFileNamedJpg_throwsNotAnImage() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.jpg"), "shopping list, not a photo\n");

        assertThatThrownBy(() -> Sheet.load(text, PieceDetectionConfig.defaults()))
                .isInstanceOf(InputFileException.class)
                .hasMessageStartingWith(text.toString()).hasMessageContaining("not a readable JPEG or PNG image");
    }

    @Test
    void load_blankPaper_throwsNoPiecesNamingThresholdMinAreaAndOptions() throws IOException {
        Path blank = dir.resolve("blank.png");
        BufferedImage paper = new BufferedImage(400, 300, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = paper.createGraphics();
        graphics.setColor(new Color(210, 210, 210));
        graphics.fillRect(0, 0, 400, 300);
        graphics.dispose();
        ImageIO.write(paper, "png", blank.toFile());

        assertThatThrownBy(() -> Sheet.load(blank, PieceDetectionConfig.defaults()))
                .isInstanceOf(InputFileException.class)
                .hasMessageStartingWith(blank.toString())
                .hasMessageContaining("no pieces found with threshold 130 and min area 80000")
                .hasMessageContaining("--threshold").hasMessageContaining("--min-area");
    }

    @Test
    void load_drawnPiece_idFromFileNameAndRecordFromConfig() {
        SegmentShapes shapes = new SegmentShapes(SegmentShape.OUT, SegmentShape.IN, SegmentShape.OUT, SegmentShape.IN);
        Path photo = new DrawnPiece(shapes, 400, 0, 0.5, 0).writePng(dir.resolve("front.01.png"));
        PieceDetectionConfig config = PieceDetectionConfig.defaults().withThreshold(150);

        Sheet sheet = Sheet.load(photo, config);
        SheetRecord record = sheet.toRecord("sheets/front.01.png", Instant.parse("2026-01-02T03:04:05Z"));

        assertThat(sheet.id()).isEqualTo("front.01");
        assertThat(sheet.config()).isEqualTo(config);
        assertThat(record).isEqualTo(new SheetRecord("front.01", "sheets/front.01.png", 1, 150, 80_000,
                "2026-01-02T03:04:05Z"));
        assertThat(sheet.pieces().get(0).id().toString()).isEqualTo("front.01:0");
    }
}
