package snapfit.analysis;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import snapfit.store.AtomicFile;

/** Renders XChart charts to images and PNG files, headless (no display needed). */
public final class ChartImages {

    private ChartImages() {
    }

    /** The chart drawn at its own width and height. */
    public static BufferedImage toImage(Chart<?, ?> chart) {
        return BitmapEncoder.getBufferedImage(chart);
    }

    /** The chart as the bytes of a PNG file. */
    public static byte[] toPngBytes(Chart<?, ?> chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode chart '" + chart.getTitle() + "' as PNG", e);
        }
    }

    /**
     * Writes the chart as a PNG file at exactly {@code file} (no extension is added), atomically:
     * a failed write leaves any previous file intact.
     *
     * @throws snapfit.model.InputFileException naming the file when it cannot be written
     */
    public static void writePng(Chart<?, ?> chart, Path file) {
        AtomicFile.write(file, toPngBytes(chart));
    }
}
