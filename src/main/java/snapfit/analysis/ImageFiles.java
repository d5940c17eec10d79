package snapfit.analysis;

import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import javax.imageio.ImageIO;
import snapfit.model.InputFileException;

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
        writeAtomically(toPngBytes(image), file);
    }

    /** Writes to a temporary file beside {@code file}, then renames it, so readers never see half a file. */
    static void writeAtomically(byte[] bytes, Path file) {
        Path absolute = file.toAbsolutePath();
        Path temporary = null;
        try {
            Files.createDirectories(absolute.getParent());
            // Not Files.createTempFile: its owner-only permissions would carry over to the image.
            temporary = absolute.resolveSibling(absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
            Files.write(temporary, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(temporary, e);
            throw new InputFileException(file, "cannot write image: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path temporary, IOException failure) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException cleanupFailure) {
            failure.addSuppressed(cleanupFailure);
        }
    }
}
