package snapfit.vision;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sub-pixel edge lies near the piece's true outline, where the traced pixel centres lie about a pixel inside it:
 * a round piece (radius 300.37 px, centre off the pixel grid) whose edge is blurred as a lens blurs it.
 */
class SubpixelEdgeTest {

    private static final double CENTRE_X = 450.25;
    private static final double CENTRE_Y = 440.6;
    private static final double RADIUS = 300.37;
    private static final int FACE = 110;
    private static final int PAPER = 190;
    private static final int BAND = 50;

    @TempDir
    Path dir;

    @Test
    void detect_blurredDiscOnPaper_edgeAThirdOfAPixelFromTheCircleAndEven() throws IOException {
        TracedOutline outline = onlyOutline(disc(0));

        assertThat(meanDistanceFromCircle(pixelsAsFloats(outline), -1, 1))
                .as("the traced pixel centres lie about a pixel inside the edge").isLessThan(-0.9);
        assertThat(meanDistanceFromCircle(outline.edge(), -1, 1)).isBetween(-0.35, 0.0);
        assertThat(spreadFromCircle(outline.edge())).as("sd around the mean").isLessThan(0.2);
    }

    @Test
    void detect_discOverADarkBandBelow_edgeOnTheFaceNotOnTheBand() throws IOException {
        TracedOutline outline = onlyOutline(disc(9));

        assertThat(meanDistanceFromCircle(outline.edge(), 0.5, 1)).as("the bottom, where the band shows")
                .isBetween(-0.35, 0.35);
        assertThat(meanDistanceFromCircle(outline.edge(), -1, -0.5)).as("the top").isBetween(-0.35, 0.0);
    }

    private TracedOutline onlyOutline(Path photo) {
        List<TracedOutline> outlines = PieceDetector.detect(photo, PieceDetectionConfig.defaults());
        assertThat(outlines).hasSize(1);
        return outlines.get(0);
    }

    /**
     * The disc drawn at 4 x 4 samples per pixel (area coverage), over a disc of near-black cut edge {@code bandPx}
     * lower, then blurred by a binomial 3 x 3 kernel twice (sigma about 1 px), as a lens softens a photo.
     */
    private Path disc(int bandPx) throws IOException {
        int size = 900;
        double[] gray = new double[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double face = coverage(x, y, 0);
                double band = bandPx == 0 ? 0 : coverage(x, y, bandPx);
                gray[y * size + x] = face * FACE + (1 - face) * (band * BAND + (1 - band) * PAPER);
            }
        }
        for (int pass = 0; pass < 2; pass++) {
            gray = binomial(gray, size);
        }
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int level = (int) Math.round(gray[y * size + x]);
                image.getRaster().setSample(x, y, 0, level);
            }
        }
        Path file = dir.resolve("disc-" + bandPx + ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** The share of pixel (x, y), centred on (x, y), inside the circle moved {@code down} px. */
    private static double coverage(int x, int y, int down) {
        int inside = 0;
        for (int sy = 0; sy < 4; sy++) {
            for (int sx = 0; sx < 4; sx++) {
                double px = x - 0.375 + sx * 0.25 - CENTRE_X;
                double py = y - 0.375 + sy * 0.25 - CENTRE_Y - down;
                inside += px * px + py * py <= RADIUS * RADIUS ? 1 : 0;
            }
        }
        return inside / 16.0;
    }

    private static double[] binomial(double[] gray, int size) {
        double[] out = gray.clone();
        for (int y = 1; y < size - 1; y++) {
            for (int x = 1; x < size - 1; x++) {
                double sum = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        sum += (2 - Math.abs(dx)) * (2 - Math.abs(dy)) * gray[(y + dy) * size + x + dx];
                    }
                }
                out[y * size + x] = sum / 16;
            }
        }
        return out;
    }

    /** Mean signed distance (outward +) from the circle of the points whose direction from the centre has y/r in range. */
    private static double meanDistanceFromCircle(float[] xy, double minSin, double maxSin) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < xy.length; i += 2) {
            double dx = xy[i] - CENTRE_X;
            double dy = xy[i + 1] - CENTRE_Y;
            double r = Math.hypot(dx, dy);
            if (dy / r >= minSin && dy / r <= maxSin) {
                sum += r - RADIUS;
                count++;
            }
        }
        return sum / count;
    }

    private static double spreadFromCircle(float[] xy) {
        double mean = meanDistanceFromCircle(xy, -1, 1);
        double sum = 0;
        for (int i = 0; i < xy.length; i += 2) {
            double d = Math.hypot(xy[i] - CENTRE_X, xy[i + 1] - CENTRE_Y) - RADIUS - mean;
            sum += d * d;
        }
        return Math.sqrt(sum / (xy.length / 2.0));
    }

    private static float[] pixelsAsFloats(TracedOutline outline) {
        float[] xy = new float[outline.pixels().length];
        for (int i = 0; i < xy.length; i++) {
            xy[i] = outline.pixels()[i];
        }
        return xy;
    }
}
