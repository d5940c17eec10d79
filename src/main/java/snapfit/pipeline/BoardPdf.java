package snapfit.pipeline;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import snapfit.model.BoardSet;
import snapfit.model.SheetIdentity;
import snapfit.store.AtomicFile;

/**
 * A PDF of marker boards to print, one board per page: each board's image drawn at the board's true size in
 * millimetres, centred on the page, with a line under it stating that size. The document asks viewers to print
 * without scaling ({@code PrintScaling None}). Holds the pages until {@link #save}; not thread-safe.
 */
final class BoardPdf implements AutoCloseable {

    private static final double POINTS_PER_MM = 72 / 25.4;
    private static final float CAPTION_POINTS = 8;

    private final PDDocument document = new PDDocument();
    private final Paper paper;
    private final PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    BoardPdf(Paper paper) {
        this.paper = paper;
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setPrintScaling(PDViewerPreferences.PRINT_SCALING.None);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }

    /** Adds a page with board {@code index} of {@code set}, whose rendering is {@code image}. */
    void addPage(BoardSet set, int index, BufferedImage image) {
        float pageWidth = points(paper.widthMm());
        float pageHeight = points(paper.heightMm());
        float boardWidth = points(set.widthMm());
        float boardHeight = points(set.heightMm());
        float left = (pageWidth - boardWidth) / 2;
        float bottom = (pageHeight - boardHeight) / 2;
        PDPage page = new PDPage(new PDRectangle(pageWidth, pageHeight));
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            PDImageXObject board = LosslessFactory.createFromImage(document, image);
            content.drawImage(board, left, bottom, boardWidth, boardHeight);
            content.beginText();
            content.setFont(font, CAPTION_POINTS);
            content.newLineAtOffset(left, bottom / 2 - CAPTION_POINTS / 3);
            content.showText(caption(set, set.identity(index)));
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException("drawing board " + index + " into the PDF failed", e);
        }
    }

    /** Writes the document to {@code file}, atomically. */
    void save(Path file) {
        AtomicFile.write(file, document::save);
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the boards' PDF failed", e);
        }
    }

    private static String caption(BoardSet set, SheetIdentity identity) {
        return String.format(Locale.ROOT, "%s %d/%d: %.1f x %.1f mm. Print at 100%% (actual size), then check the"
                        + " scale bar with a ruler.", identity.tagName(), identity.sheetIndex() + 1,
                identity.totalSheets(), set.widthMm(), set.heightMm());
    }

    private static float points(double mm) {
        return (float) (mm * POINTS_PER_MM);
    }
}
