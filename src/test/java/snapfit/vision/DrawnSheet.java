package snapfit.vision;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * A test drawing of a sheet: {@link DrawnPiece}s placed with their centres at given points of a
 * {@code width x height} gray image (paper 200, face 90, band 40, as DrawnPiece draws them), plus dark
 * rectangles ({@code marks}) such as thin lines, all under seeded Gaussian noise of {@code noise} gray levels,
 * so that blurred edge pixels take every level around the threshold.
 */
record DrawnSheet(int width, int height, List<Placed> pieces, List<int[]> marks, double noise, long seed) {

    /** A piece drawn with its centre at ({@code x}, {@code y}) in sheet pixels. */
    record Placed(DrawnPiece piece, double x, double y) {
    }

    DrawnSheet {
        pieces = List.copyOf(pieces);
        marks = List.copyOf(marks);
    }

    DrawnSheet(int width, int height, List<Placed> pieces) {
        this(width, height, pieces, List.of(), 6, 1);
    }

    /** This sheet with a dark (gray 30) rectangle {@code {x, y, width, height}} drawn on top, not antialiased. */
    DrawnSheet withMark(int x, int y, int markWidth, int markHeight) {
        List<int[]> more = new ArrayList<>(marks);
        more.add(new int[] {x, y, markWidth, markHeight});
        return new DrawnSheet(width, height, pieces, more, noise, seed);
    }

    /** Draws the sheet and writes it to {@code file}, as PNG or JPEG by the file's extension. */
    Path write(Path file) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = DrawnPiece.paper(image);
        try {
            for (Placed placed : pieces) {
                AffineTransform paper = graphics.getTransform();
                graphics.translate(placed.x() - DrawnPiece.IMAGE_SIZE / 2.0, placed.y() - DrawnPiece.IMAGE_SIZE / 2.0);
                placed.piece().paint(graphics);
                graphics.setTransform(paper);
            }
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            graphics.setColor(new Color(30, 30, 30));
            for (int[] mark : marks) {
                graphics.fillRect(mark[0], mark[1], mark[2], mark[3]);
            }
        } finally {
            graphics.dispose();
        }
        addNoise(image.getRaster());
        try {
            ImageIO.write(image, file.toString().endsWith(".jpg") ? "jpg" : "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private void addNoise(WritableRaster raster) {
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double level = raster.getSample(x, y, 0) + noise * random.nextGaussian();
                raster.setSample(x, y, 0, (int) Math.max(0, Math.min(255, Math.round(level))));
            }
        }
    }
}
