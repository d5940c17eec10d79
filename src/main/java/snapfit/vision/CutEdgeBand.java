package snapfit.vision;

import java.util.Arrays;
import java.util.List;

/**
 * Estimates the dark band that a piece's cut edge and its shadow add to one side of every silhouette on a
 * sheet photo, as one displacement {@code v} (sheet pixels, x right, y down).
 *
 * <p>Model: a piece is a slab, photographed from above and lit from one side, so next to its face the photo
 * shows the side wall and a shadow, both darker than the face, on the sides facing one direction. The
 * thresholded silhouette is then close to the face swept along a short segment: {@code S = F ⊕ [0, v]}
 * (Minkowski sum), and a side with outward normal {@code n} carries a band {@code max(0, v · n)} thick.
 * Eroding the silhouette by the same segment gives the face back ({@link PieceDetector}).
 *
 * <p>Steps:
 * <ol>
 *   <li>resample each silhouette outline every {@value #SAMPLE_SPACING_PX} px with a smoothed tangent, hence
 *       an outward normal (outlines run counter-clockwise on screen: the normal of {@code (dx, dy)} is
 *       {@code (-dy, dx)});</li>
 *   <li>the face level is the median gray {@code maxBand + 4} px inside the outline; a pixel is band when it is
 *       darker than the face by as much as the paper threshold is lighter ({@code 2 face - threshold}), so the
 *       split adapts to the photo's exposure and needs no knob;</li>
 *   <li>walking inwards along the normal in half-pixel steps, a sample's band thickness is where the gray
 *       rises back to face level after its first band pixel (0 when none lies within {@code maxBand}; samples
 *       still dark at {@code maxBand} are dust or print and are dropped);</li>
 *   <li>{@code v} minimises the sum of absolute residuals {@code |t - max(0, v · n)|} over all samples of the
 *       sheet (least absolute deviations, robust to knobs whose walls do not follow the model), by a grid
 *       search over the square {@code |vx|, |vy| <= maxBand}: 1 px steps, then quarter-pixel steps around the
 *       best ({@link BandFit}).</li>
 * </ol>
 * One {@code v} per sheet: the light and the camera tilt are shared by its pieces, and a sheet's thousands of
 * samples make the estimate stable where one piece's few hundred could not. When the face is too close to the
 * threshold to tell band from face, or no band is seen (or every sample was dropped), {@code v} is zero and
 * the silhouette stays as it is.
 * Thread-safe: it keeps no state.
 */
final class CutEdgeBand {

    static final int SAMPLE_SPACING_PX = 4;
    private static final int TANGENT_HALF_WINDOW = 2;
    /** Least contrast, in gray levels, between face and band threshold for band pixels to mean anything. */
    private static final int MIN_CONTRAST = 10;
    /** Least share of samples that must show a band before it is removed: below it, it is noise. */
    private static final double MIN_BAND_SHARE = 0.1;
    private static final double STEP_PX = 0.5;

    private CutEdgeBand() {
    }

    /**
     * The band's displacement, zero when none is seen.
     *
     * @param outlines  silhouette outlines, interleaved {@code x, y}, counter-clockwise on screen
     * @param grays     for each outline, the blurred gray photo around it: a patch holding every pixel within
     *                  {@code maxBand + 5} px of the outline's bounding box that lies on the photo
     * @param width     the photo's width in pixels; lookups beyond it read as white paper
     * @param height    the photo's height in pixels
     * @param threshold the gray level at or below which a pixel is piece
     * @param maxBand   the widest band looked for, in pixels
     * @throws IllegalStateException if a lookup on the photo falls outside the outline's patch
     */
    static BandOffset estimate(List<int[]> outlines, List<GrayPatch> grays, int width, int height, int threshold,
            int maxBand) {
        if (grays.size() != outlines.size()) {
            throw new IllegalArgumentException(grays.size() + " gray patches for " + outlines.size()
                    + " outlines: expected one per outline");
        }
        int total = 0;
        for (int[] xy : outlines) {
            total += 1 + (int) (perimeter(xy) / SAMPLE_SPACING_PX);
        }
        double[] normalsX = new double[total];
        double[] normalsY = new double[total];
        double[] startsX = new double[total];
        double[] startsY = new double[total];
        Probe[] probes = new Probe[total];
        int count = 0;
        for (int k = 0; k < outlines.size(); k++) {
            int[] xy = outlines.get(k);
            Probe probe = new Probe(grays.get(k), width, height);
            int samples = 1 + (int) (perimeter(xy) / SAMPLE_SPACING_PX);
            ArcSamples arc = ArcSamples.of(Outlines.xsOf(xy), Outlines.ysOf(xy), samples, TANGENT_HALF_WINDOW);
            for (int s = 0; s < arc.size(); s++) {
                normalsX[count] = -Math.sin(arc.tangents[s]);
                normalsY[count] = Math.cos(arc.tangents[s]);
                startsX[count] = arc.xs[s];
                startsY[count] = arc.ys[s];
                probes[count] = probe;
                count++;
            }
        }
        double[] depthGray = new double[count];
        for (int s = 0; s < count; s++) {
            double depth = maxBand + 4;
            depthGray[s] = probes[s].at(startsX[s] - depth * normalsX[s], startsY[s] - depth * normalsY[s]);
        }
        double face = median(depthGray);
        double dark = 2 * face - threshold;
        if (count == 0 || face - dark < MIN_CONTRAST) {
            return BandOffset.NONE;
        }
        double[] thickness = new double[count];
        int kept = 0;
        int banded = 0;
        for (int s = 0; s < count; s++) {
            double t = probes[s].bandThickness(startsX[s], startsY[s], -normalsX[s], -normalsY[s], dark, face, maxBand);
            if (t >= 0) {
                normalsX[kept] = normalsX[s];
                normalsY[kept] = normalsY[s];
                thickness[kept] = t;
                banded += t > 0 ? 1 : 0;
                kept++;
            }
        }
        if (kept == 0 || banded < MIN_BAND_SHARE * kept) {
            return BandOffset.NONE;
        }
        return BandFit.fit(normalsX, normalsY, thickness, kept, maxBand);
    }

    /**
     * Bilinear gray lookups around one outline, in sheet pixels; off the {@code width x height} photo it reads as
     * white paper.
     */
    private record Probe(GrayPatch gray, int width, int height) {

        double at(double x, double y) {
            int x0 = (int) Math.floor(x);
            int y0 = (int) Math.floor(y);
            if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) {
                return 255;
            }
            if (!gray.holdsSquareAt(x0, y0)) {
                throw new IllegalStateException("gray lookup at (" + x0 + ", " + y0 + ") outside the "
                        + gray.width() + " x " + gray.height() + " px patch at (" + gray.x() + ", " + gray.y()
                        + "): the patch must reach maxBand + 5 px beyond the outline's bounding box");
            }
            double fx = x - x0;
            double fy = y - y0;
            double top = gray.at(x0, y0) * (1 - fx) + gray.at(x0 + 1, y0) * fx;
            double bottom = gray.at(x0, y0 + 1) * (1 - fx) + gray.at(x0 + 1, y0 + 1) * fx;
            return top * (1 - fy) + bottom * fy;
        }

        /**
         * From {@code (x, y)} along {@code (dx, dy)}: the distance to the face's edge behind the band, where the
         * gray climbs back halfway from the band's darkest level to the face level (the half-maximum edge, linearly
         * interpolated between steps); 0 without a band pixel within {@code maxBand}; -1 if the gray does not climb
         * back within {@code maxBand}.
         */
        double bandThickness(double x, double y, double dx, double dy, double dark, double face, int maxBand) {
            double darkest = Double.MAX_VALUE;
            double previous = 0;
            for (double d = 0; d <= maxBand; d += STEP_PX) {
                double level = at(x + d * dx, y + d * dy);
                if (level < dark) {
                    darkest = Math.min(darkest, level);
                } else if (darkest < dark) {
                    double half = (darkest + face) / 2;
                    if (level >= half) {
                        return d - STEP_PX * (level - half) / Math.max(1e-9, level - previous);
                    }
                }
                previous = level;
            }
            return darkest < dark ? -1 : 0;
        }
    }

    private static double perimeter(int[] xy) {
        double length = 0;
        int n = xy.length / 2;
        for (int i = 0; i < n; i++) {
            int next = (i + 1) % n;
            length += Math.hypot(xy[2 * next] - xy[2 * i], xy[2 * next + 1] - xy[2 * i + 1]);
        }
        return length;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }
}
