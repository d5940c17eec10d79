package snapfit.vision;

/**
 * A rectangle of a sheet photo's blurred gray levels, copied out of OpenCV: {@code width * height} unsigned
 * bytes, row-major, whose first pixel sits at ({@code x}, {@code y}) in sheet pixels (x right, y down).
 * The array is shared, not copied: patches are built and read inside one detection.
 */
record GrayPatch(byte[] pixels, int x, int y, int width, int height) {

    GrayPatch {
        if (width < 1 || height < 1 || pixels.length != width * height) {
            throw new IllegalArgumentException("gray patch " + width + " x " + height + " px at (" + x + ", " + y
                    + ") with " + pixels.length + " bytes: expected a positive size and width * height bytes");
        }
    }

    /** Whether the 2 x 2 pixels from ({@code x0}, {@code y0}) on, in sheet pixels, lie inside the patch. */
    boolean holdsSquareAt(int x0, int y0) {
        return x0 >= x && y0 >= y && x0 + 1 < x + width && y0 + 1 < y + height;
    }

    /** The gray level (0-255) at ({@code px}, {@code py}) in sheet pixels, which must lie inside the patch. */
    int at(int px, int py) {
        return pixels[(py - y) * width + px - x] & 0xFF;
    }
}
