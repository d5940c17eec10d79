package snapfit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import snapfit.model.BoardBackground;
import snapfit.model.BoardSet;

/** The boards' PDF: one page per board, the paper's size, the board image drawn at its true size in millimetres. */
class BoardPrinting_PdfTest {

    private static final double MM_PER_POINT = 25.4 / 72;
    private static final double DPI = 300;

    @TempDir
    Path out;

    @Test
    void write_a4_onePagePerBoardOfA4WithTheBoardAtItsTrueSize() throws IOException {
        BoardSet set = BoardSet.forPieces("box-a", 3, BoardBackground.GREEN, 20, LocalDate.of(2025, 1, 2));

        List<Path> written = BoardPrinting.write(set, out, BoardPrinting.pixelsPerUnitForPrint(set, DPI),
                Optional.of(Paper.A4));

        assertThat(written).contains(out.resolve(BoardPrinting.PDF_NAME));
        try (PDDocument pdf = Loader.loadPDF(out.resolve(BoardPrinting.PDF_NAME).toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(3);
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().getPrintScaling())
                    .isEqualTo(PDViewerPreferences.PRINT_SCALING.None.toString());
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth() * MM_PER_POINT).isCloseTo(210, within(0.5));
                assertThat(page.getMediaBox().getHeight() * MM_PER_POINT).isCloseTo(297, within(0.5));
                DrawnImage board = drawnImages(page).get(0);
                assertThat(board.widthMm()).isCloseTo(set.widthMm(), within(0.5));
                assertThat(board.heightMm()).isCloseTo(set.heightMm(), within(0.5));
                assertThat(board.pixelWidth() / (board.widthMm() / 25.4)).isCloseTo(DPI, within(1.0));
            }
        }
    }

    @Test
    void write_letterWithLargerPieces_boardStillAtItsTrueSizeOnLetter() throws IOException {
        BoardSet set = BoardSet.forPieces("box-b", 1, BoardBackground.WHITE, 22, LocalDate.of(2025, 1, 2));

        BoardPrinting.write(set, out, BoardPrinting.pixelsPerUnitForPrint(set, DPI), Optional.of(Paper.LETTER));

        try (PDDocument pdf = Loader.loadPDF(out.resolve(BoardPrinting.PDF_NAME).toFile())) {
            PDPage page = pdf.getPage(0);
            assertThat(page.getMediaBox().getWidth() * MM_PER_POINT).isCloseTo(215.9, within(0.5));
            assertThat(page.getMediaBox().getHeight() * MM_PER_POINT).isCloseTo(279.4, within(0.5));
            assertThat(drawnImages(page)).singleElement().satisfies(board -> {
                assertThat(board.widthMm()).isCloseTo(set.widthMm(), within(0.5));
                assertThat(board.heightMm()).isCloseTo(set.heightMm(), within(0.5));
            });
        }
    }

    @Test
    void write_boardLargerThanThePaper_refusedNamingTheLargestPieceSizeAndNothingWritten() throws IOException {
        BoardSet set = BoardSet.forPieces("box-c", 2, BoardBackground.GREEN, 30, LocalDate.of(2025, 1, 2));

        assertThatThrownBy(() -> BoardPrinting.write(set, out, 1, Optional.of(Paper.A4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("larger than A4").hasMessageContaining("use --piece-mm 23 or less");
        try (var files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void write_withoutPaper_noPdf() {
        BoardSet set = BoardSet.forPieces("box-d", 1, BoardBackground.BLUE, 20, LocalDate.of(2025, 1, 2));

        List<Path> written = BoardPrinting.write(set, out, 0.5, Optional.empty());

        assertThat(written).extracting(path -> path.getFileName().toString()).containsExactly("board_00.png", "boards.json");
    }

    /** An image as a page draws it: its size on the page, from the transformation in force, and in pixels. */
    private record DrawnImage(double widthMm, double heightMm, int pixelWidth) {
    }

    /** The images {@code page} draws, in drawing order, read back through PDFBox's own content stream engine. */
    private static List<DrawnImage> drawnImages(PDPage page) throws IOException {
        List<DrawnImage> images = new ArrayList<>();
        PDFStreamEngine engine = new PDFStreamEngine() {
            {
                addOperator(new Concatenate(this));
                addOperator(new Save(this));
                addOperator(new Restore(this));
                addOperator(new DrawObject(this));
            }

            @Override
            protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                if ("Do".equals(operator.getName())
                        && getResources().getXObject((COSName) operands.get(0)) instanceof PDImageXObject image) {
                    Matrix transform = getGraphicsState().getCurrentTransformationMatrix();
                    images.add(new DrawnImage(transform.getScalingFactorX() * MM_PER_POINT,
                            transform.getScalingFactorY() * MM_PER_POINT, image.getWidth()));
                }
                super.processOperator(operator, operands);
            }
        };
        engine.processPage(page);
        return images;
    }
}
