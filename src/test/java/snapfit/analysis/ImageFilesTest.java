package snapfit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import snapfit.model.InputFileException;

class ImageFilesTest {

    @TempDir
    Path folder;

    @Test
    void writePng_thenRead_samePixelsAndNoTemporaryLeft() throws IOException {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(2, 1, 0x0072B2);
        Path file = folder.resolve("out/overlay.png");

        ImageFiles.writePng(image, file);

        BufferedImage read = ImageFiles.read(file);
        assertThat(read.getWidth()).isEqualTo(3);
        assertThat(new Color(read.getRGB(2, 1) & 0xFFFFFF)).isEqualTo(new Color(0x0072B2));
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files.toList()).containsExactly(file);
        }
    }

    @Test
    void writePng_chart_fileAtExactPathWithThemeSize() {
        XYChart chart = ChartTheme.xyChart("t", "x (px)", "y (px)");
        chart.addSeries("line", new double[] {0, 1}, new double[] {0, 1});
        Path file = folder.resolve("chart.png");

        ChartImages.writePng(chart, file);

        BufferedImage read = ImageFiles.read(file);
        assertThat(List.of(read.getWidth(), read.getHeight())).containsExactly(ChartTheme.WIDTH, ChartTheme.HEIGHT);
        assertThat(ChartImages.toImage(chart).getWidth()).isEqualTo(ChartTheme.WIDTH);
    }

    @Test
    void read_missingFile_namesIt() {
        Path missing = folder.resolve("nothing.jpg");

        assertThatThrownBy(() -> ImageFiles.read(missing))
                .isInstanceOf(InputFileException.class).hasMessageContaining("nothing.jpg");
    }

    @Test
    void read_textFile_saysItIsNotAnImage() throws IOException {
        Path text = Files.writeString(folder.resolve("notes.jpg"), "not a photo");

        assertThatThrownBy(() -> ImageFiles.read(text))
                .isInstanceOf(InputFileException.class).hasMessageContaining("notes.jpg").hasMessageContaining("not an image");
    }

    @Test
    void writePng_parentIsAFile_reportsThePath() throws IOException {
        Path blocker = Files.writeString(folder.resolve("blocker"), "");

        assertThatThrownBy(() -> ImageFiles.writePng(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB),
                blocker.resolve("x.png")))
                .isInstanceOf(InputFileException.class).hasMessageContaining("x.png");
    }
}
