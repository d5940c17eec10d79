package snapfit.analysis;

import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import snapfit.model.InputFileException;
import snapfit.store.AtomicFile;

/** Reading sheet photos and writing PNG images for overlays and charts. */
public final class ImageFiles {

    private ImageFiles() {
    }

    /**
     * Reads an image (JPEG, PNG or any format ImageIO knows).
     *
     * @throws InputFileException when the file is missing, unreadable or not an image
     */
    public static BufferedImage read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputFileException(file, "no such image file");
        }
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw new InputFileException(file, "not an image format ImageIO can read; use JPEG or PNG");
            }
            return image;
        } catch (IOException e) {
            throw new InputFileException(file, "cannot read image: " + e.getMessage(), e);
        }
    }

    /** The image encoded as a PNG file's bytes. */
    public static byte[] toPngBytes(RenderedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode a " + image.getWidth() + "x" + image.getHeight()
                    + " image as PNG", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Writes the image as a PNG file at {@code file}, atomically.
     *
     * @throws InputFileException naming the file when it cannot be written
     */
    public static void writePng(RenderedImage image, Path file) {
        AtomicFile.write(file, toPngBytes(image));
    }
}
