package snapfit.pipeline;

import snapfit.model.BoardSet;

/**
 * A paper size to print boards on, and whether a board fits it inside the {@value #PRINTER_MARGIN_MM} mm that most
 * printers leave unprinted at each edge.
 */
public enum Paper {
    A4("A4", 210, 297),
    LETTER("Letter", 215.9, 279.4);

    /** The edge of a page that most printers cannot print on, millimetres. */
    public static final double PRINTER_MARGIN_MM = 5;

    private final String label;
    private final double widthMm;
    private final double heightMm;

    Paper(String label, double widthMm, double heightMm) {
        this.label = label;
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    /** The page's width, portrait, millimetres. */
    public double widthMm() {
        return widthMm;
    }

    /** The page's height, portrait, millimetres. */
    public double heightMm() {
        return heightMm;
    }

    /** Whether a board of {@code set} fits inside the printable area, upright. */
    public boolean fits(BoardSet set) {
        return set.widthMm() <= printableWidthMm() && set.heightMm() <= printableHeightMm();
    }

    /** The largest piece size, whole millimetres, whose board fits, for a set made like {@code set}. */
    public int largestPieceMm(BoardSet set) {
        double shrink = Math.min(printableWidthMm() / set.widthMm(), printableHeightMm() / set.heightMm());
        return (int) Math.floor(set.pieceMm() * shrink);
    }

    /** The paper's usual name, e.g. {@code Letter}. */
    @Override
    public String toString() {
        return label;
    }

    private double printableWidthMm() {
        return widthMm - 2 * PRINTER_MARGIN_MM;
    }

    private double printableHeightMm() {
        return heightMm - 2 * PRINTER_MARGIN_MM;
    }
}
