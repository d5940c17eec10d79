package snapfit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class DisplayScaleTest {

    @Test
    void fitWidth_phonePhoto_shrinksTo1600Wide() {
        DisplayScale scale = DisplayScale.fitWidth(4080, 1600);

        assertThat(scale.factor()).isCloseTo(1600 / 4080.0, offset(1e-12));
        assertThat(scale.displayLength(4080)).isEqualTo(1600);
        assertThat(scale.displayLength(3072)).isEqualTo(1205);
        // Pixel 2040's centre (2040.5) lands at 800.196: display pixel 800.
        assertThat(scale.toDisplay(2040)).isCloseTo(800.196, offset(1e-3));
        assertThat(scale.displayPixel(2040)).isEqualTo(800);
    }

    @Test
    void fitWidth_narrowImage_keepsFullSize() {
        assertThat(DisplayScale.fitWidth(900, 1600).factor()).isEqualTo(1.0);
        assertThat(DisplayScale.fitWidth(900, 1600).displayPixel(37)).isEqualTo(37);
    }

    @Test
    void scale_uniformImage_keepsColourAtTargetSize() {
        BufferedImage image = new BufferedImage(3000, 1000, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 1000; y++) {
            for (int x = 0; x < 3000; x++) {
                image.setRGB(x, y, x < 1500 ? 0xFFFFFF : 0x000000);
            }
        }

        BufferedImage scaled = DisplayScale.fitWidth(3000, 1600).scale(image);

        assertThat(scaled.getWidth()).isEqualTo(1600);
        assertThat(scaled.getHeight()).isEqualTo(533);
        assertThat(new Color(scaled.getRGB(400, 200))).isEqualTo(Color.WHITE);
        assertThat(new Color(scaled.getRGB(1200, 200))).isEqualTo(Color.BLACK);
    }

    @Test
    void constructor_enlargingFactor_isRefused() {
        assertThatThrownBy(() -> new DisplayScale(2)).hasMessageContaining("2.0");
    }
}
