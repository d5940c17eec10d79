package snapfit.pipeline;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import snapfit.model.BoardLayout;
import snapfit.model.BoardSet;
import snapfit.model.InputFileException;
import snapfit.store.AtomicFile;
import snapfit.store.BoardSetFile;
import snapfit.vision.BoardImage;

/**
 * Writes a set of marker boards into a folder: {@code board_00.png ...}, one per sheet, and {@code boards.json},
 * which {@code ingest --board} reads. For print, each PNG carries its resolution (the {@code pHYs} chunk), so
 * that printing at 100% gives the board its true size, and on request {@code boards.pdf} holds every board at its
 * true size on a page of the paper asked for ({@link BoardPdf}); for a screen, the resolution is the screen's.
 */
public final class BoardPrinting {

    /** The PDF's name in the folder. */
    public static final String PDF_NAME = "boards.pdf";
    private static final double MM_PER_INCH = 25.4;

    private BoardPrinting() {
    }

    /** Image pixels per board unit for printing at {@code dpi} dots per inch. */
    public static double pixelsPerUnitForPrint(BoardSet set, double dpi) {
        return set.mmPerUnit() * dpi / MM_PER_INCH;
    }

    /** Image pixels per board unit that make the whole board fit a {@code width x height} screen. */
    public static double pixelsPerUnitForScreen(int width, int height) {
        return Math.min((double) width / BoardLayout.WIDTH, (double) height / BoardLayout.HEIGHT);
    }

    /**
     * Writes every board of {@code set} at {@code pixelsPerUnit}, the set's description, and with {@code paper}
     * the PDF of all boards on that paper.
     *
     * @return the files written, boards first, the description last
     * @throws IllegalArgumentException when the board does not fit {@code paper}; nothing is written then
     * @throws InputFileException       when the folder cannot be made or written
     */
    public static List<Path> write(BoardSet set, Path outDir, double pixelsPerUnit, Optional<Paper> paper) {
        paper.ifPresent(page -> requireFit(set, page));
        try {
            Files.createDirectories(outDir);
        } catch (java.io.IOException e) {
            throw new InputFileException(outDir, "cannot be created (" + e.getMessage() + "); choose a writable folder", e);
        }
        List<Path> written = new ArrayList<>();
        try (BoardPdf pdf = paper.map(BoardPdf::new).orElse(null)) {
            for (int index = 0; index < set.totalSheets(); index++) {
                Path file = outDir.resolve(String.format("board_%02d.png", index));
                BufferedImage image = BoardImage.render(set, index, pixelsPerUnit);
                writePng(file, image, pixelsPerUnit / set.mmPerUnit());
                written.add(file);
                if (pdf != null) {
                    pdf.addPage(set, index, image);
                }
            }
            if (pdf != null) {
                Path file = outDir.resolve(PDF_NAME);
                pdf.save(file);
                written.add(file);
            }
        }
        Path description = outDir.resolve(BoardSetFile.NAME);
        BoardSetFile.write(description, set);
        written.add(description);
        return written;
    }

    private static void requireFit(BoardSet set, Paper paper) {
        if (!paper.fits(set)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "a board for %.1f mm pieces is %.0f x %.0f"
                            + " mm, larger than %s less its %.0f mm printer margins; use --piece-mm %d or less, or larger"
                            + " paper", set.pieceMm(), set.widthMm(), set.heightMm(), paper, Paper.PRINTER_MARGIN_MM,
                    paper.largestPieceMm(set)));
        }
    }

    private static void writePng(Path file, BufferedImage image, double dotsPerMm) {
        AtomicFile.write(file, out -> {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                ImageWriteParam param = writer.getDefaultWriteParam();
                writer.write(null, new IIOImage(image, null, withResolution(writer, image, param, dotsPerMm)), param);
            } finally {
                writer.dispose();
            }
        });
    }

    /** PNG metadata that states {@code dotsPerMm}, as the standard tree's pixel size in millimetres. */
    private static IIOMetadata withResolution(ImageWriter writer, BufferedImage image, ImageWriteParam param,
                                              double dotsPerMm) throws IIOInvalidTreeException {
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
        IIOMetadataNode horizontal = new IIOMetadataNode("HorizontalPixelSize");
        horizontal.setAttribute("value", Double.toString(1 / dotsPerMm));
        IIOMetadataNode vertical = new IIOMetadataNode("VerticalPixelSize");
        vertical.setAttribute("value", Double.toString(1 / dotsPerMm));
        IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
        dimension.appendChild(horizontal);
        dimension.appendChild(vertical);
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
        root.appendChild(dimension);
        metadata.mergeTree("javax_imageio_1.0", root);
        return metadata;
    }
}
