package snapfit.vision;

/**
 * How far the dark band of a piece's cut edge ({@link CutEdgeBand}) shifts its silhouette, in sheet pixels
 * (x right, y down); zero when no band is seen.
 */
record BandOffset(double dx, double dy) {

    static final BandOffset NONE = new BandOffset(0, 0);
}
