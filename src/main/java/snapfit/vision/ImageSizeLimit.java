package snapfit.vision;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import snapfit.model.InputFileException;

/**
 * Refuses a photo whose header promises more pixels than {@link #MAX_PIXELS} before anything is
 * decoded. A small file can claim 20000 x 20000 pixels (a PNG of one colour compresses a thousandfold);
 * decoding it and the blurred and thresholded copies would take gigabytes, and OpenCV itself fails with
 * an assertion beyond 2<sup>30</sup> pixels. Only the header is read (Java's image readers stop after
 * it); a file no reader recognises is left for the decoder to refuse.
 */
final class ImageSizeLimit {

    /** 100 megapixels: eight times a 12 MP phone photo. */
    static final long MAX_PIXELS = 100_000_000L;

    private ImageSizeLimit() {
    }

    /** @throws InputFileException naming the file, its size and the fix when the header exceeds the limit */
    static void require(Path image) {
        long width;
        long height;
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable header is the decoder's to report, with its own message.
            return;
        }
        if (width * height > MAX_PIXELS) {
            throw new InputFileException(image, "is " + width + " x " + height + " pixels ("
                    + String.format("%.0f", width * height / 1e6) + " MP), more than the " + MAX_PIXELS / 1_000_000
                    + " MP snapfit decodes; downscale the photo (a 12 MP phone photo is plenty)");
        }
    }
}
