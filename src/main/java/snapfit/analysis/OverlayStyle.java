package snapfit.analysis;

/**
 * How sheet overlays are drawn. Lengths are display pixels, i.e. after the photo is shrunk.
 *
 * @param maxWidth     the widest the displayed photo may be; 1600 fits a notebook cell
 * @param lineWidth    the width of contour lines; 3
 * @param cornerRadius the radius of corner dots; 5
 * @param fontSize     the size of piece labels and legend text, in points; 16
 */
public record OverlayStyle(int maxWidth, float lineWidth, int cornerRadius, int fontSize) {

    /** The defaults above. */
    public static final OverlayStyle DEFAULT = new OverlayStyle(1600, 3f, 5, 16);

    public OverlayStyle {
        if (maxWidth < 100) {
            throw new IllegalArgumentException("overlay max width " + maxWidth + " px is too small to show a sheet: use 100 or more");
        }
        if (!(lineWidth > 0) || cornerRadius < 1 || fontSize < 6) {
            throw new IllegalArgumentException("overlay line width " + lineWidth + " px, corner radius " + cornerRadius
                    + " px and font size " + fontSize + " pt must be positive (font at least 6 pt)");
        }
    }
}
