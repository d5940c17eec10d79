package snapfit.puzzle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import snapfit.model.EdgePos;
import snapfit.model.InputFileException;
import snapfit.model.PieceId;
import snapfit.model.SegmentId;
import snapfit.model.SegmentShape;
import snapfit.model.SegmentShapes;
import snapfit.vision.DrawnPiece;
import snapfit.vision.PieceDetectionConfig;

class SheetManagerTest {

    private static final SegmentShapes INNER =
            new SegmentShapes(SegmentShape.OUT, SegmentShape.IN, SegmentShape.OUT, SegmentShape.IN);
    private static final SegmentShapes BORDER =
            new SegmentShapes(SegmentShape.IN, SegmentShape.EDGE, SegmentShape.OUT, SegmentShape.OUT);

    @TempDir
    Path dir;

    @Test
    void addFolder_goodAndBadPhotos_addsGoodInNameOrderAndReportsBad() throws IOException {
        new DrawnPiece(BORDER, 400, 10, 0.5, 0).writePng(dir.resolve("b.png"));
        new DrawnPiece(INNER, 400, -10, 0.5, 0).writePng(dir.resolve("a.png"));
        Files.writeString(dir.resolve("c.png"), "not a photo");
        Files.writeString(dir.resolve("notes.txt"), "ignored: does not match the pattern");
        List<String> events = new ArrayList<>();
        SheetManager manager = new SheetManager();

        FolderLoadResult result = manager.addFolder(dir, "*.png", PieceDetectionConfig.defaults(),
                new SheetLoadListener() {
                    @Override
                    public void sheetLoaded(int done, int total, Sheet sheet) {
                        events.add(done + "/" + total + " " + sheet.id());
                    }

                    @Override
                    public void sheetFailed(int done, int total, SheetFailure failure) {
                        events.add(done + "/" + total + " failed " + failure.image().getFileName());
                    }
                });

        assertThat(events).containsExactly("1/3 a", "2/3 b", "3/3 failed c.png");
        assertThat(result.added()).extracting(Sheet::id).containsExactly("a", "b");
        assertThat(result.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.image()).isEqualTo(dir.resolve("c.png"));
            assertThat(failure.problem()).contains("c.png").contains("not a readable JPEG or PNG");
        });
        assertThat(manager.sheets()).extracting(Sheet::id).containsExactly("a", "b");
    }

    @Test
    void queries_twoSheets_findPiecesSegmentsAndOtherSegments() {
        SheetManager manager = new SheetManager();
        manager.addSheet(loaded("a", INNER));
        manager.addSheet(loaded("b", BORDER));
        PieceId a0 = new PieceId("a", 0);
        PieceId b0 = new PieceId("b", 0);

        assertThat(manager.sheet("b").pieces()).hasSize(1);
        assertThat(manager.allPieces()).extracting(Piece::id).containsExactly(a0, b0);
        assertThat(manager.piece(b0).shapes()).isEqualTo(BORDER);
        assertThat(manager.segment(new SegmentId(b0, EdgePos.BOTTOM)).shape()).isEqualTo(SegmentShape.EDGE);
        assertThat(manager.segmentIdsOfOtherPieces(a0)).containsExactly(new SegmentId(b0, EdgePos.LEFT),
                new SegmentId(b0, EdgePos.BOTTOM), new SegmentId(b0, EdgePos.RIGHT), new SegmentId(b0, EdgePos.TOP));
    }

    @Test
    void queries_unknownIds_throwNamingThem() {
        SheetManager manager = new SheetManager();
        manager.addSheet(loaded("a", INNER));

        assertThatThrownBy(() -> manager.sheet("zz")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'zz'").hasMessageContaining("[a]");
        assertThatThrownBy(() -> manager.piece(new PieceId("a", 7))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a:7");
        assertThatThrownBy(() -> manager.segmentIdsOfOtherPieces(new PieceId("q", 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("q:0");
    }

    @Test
    void addSheet_duplicateId_throwsNamingBothPhotos() {
        SheetManager manager = new SheetManager();
        Sheet first = loaded("a", INNER);
        manager.addSheet(first);

        assertThatThrownBy(() -> manager.addSheet(first)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sheet 'a'").hasMessageContaining("already loaded")
                .hasMessageContaining("rename");
        assertThat(manager.sheets()).hasSize(1);
    }

    @Test
    void addFolder_noMatchingFiles_throwsNamingFolderAndPattern() throws IOException {
        Files.writeString(dir.resolve("readme.txt"), "no photos here");

        assertThatThrownBy(() -> new SheetManager().addFolder(dir, "*.jpg", PieceDetectionConfig.defaults(),
                SheetLoadListener.NONE))
                .isInstanceOf(InputFileException.class)
                .hasMessageStartingWith(dir.toString()).hasMessageContaining("no files matching '*.jpg'");
    }

    private Sheet loaded(String id, SegmentShapes shapes) {
        return Sheet.load(new DrawnPiece(shapes, 400, 0, 0.5, 0).writePng(dir.resolve(id + ".png")),
                PieceDetectionConfig.defaults());
    }
}
