package snapfit.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An axis-aligned box in sheet pixels, written as {@code [x, y, w, h]} with (x, y) its top-left. */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({"x", "y", "width", "height"})
public record PixelBox(int x, int y, int width, int height) {

    public PixelBox {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("box " + width + "x" + height + " at (" + x + ", " + y
                    + ") has a negative size");
        }
    }

    public double centerX() {
        return x + width / 2.0;
    }

    public double centerY() {
        return y + height / 2.0;
    }

    public long area() {
        return (long) width * height;
    }
}
