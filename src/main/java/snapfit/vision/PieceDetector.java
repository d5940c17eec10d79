package snapfit.vision;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.opencv.core.Mat;
import org.opencv.core.Rect;

/**
 * Finds the outlines of the pieces on a sheet photo: dark pieces on light paper.
 *
 * <p>Steps:
 * <ol>
 *   <li>decode to 8-bit gray ({@link GrayImageReader});</li>
 *   <li>find the rectangles that hold the pieces on a copy shrunk 4x ({@link CoarseRegions}), each widened by a
 *       margin that covers every later step's reach (below). Only these rectangles (a quarter to four fifths of
 *       the sheets measured) are processed at full resolution, one at a time, and no full-size intermediate
 *       image is made: on a 12 MP photo each one took 35-45 ms of CPU to allocate and fill, against 1-6 ms to
 *       compute, and the band estimate copied the whole blurred photo (12 MB) to Java;</li>
 *   <li>in each rectangle ({@link RegionMask}): Gaussian blur (blurring the gray image instead of the colour one
 *       gives the same mask, both steps being linear, at a third of the cost); threshold: a pixel at or below
 *       {@code threshold} is piece; close with a disc ({@code closingKernel}), filling cracks that light fibres cut
 *       into the outline, then erode and dilate with a 3x3 square, removing dust;</li>
 *   <li>external contours with every boundary pixel ({@code RETR_EXTERNAL}, {@code CHAIN_APPROX_NONE}, Suzuki
 *       &amp; Abe 1985), kept when their bounding box is larger than {@code minArea};</li>
 *   <li>the cut edge and shadow: estimate the dark band along one side of every piece ({@link CutEdgeBand}) from
 *       the rectangles' blurred pixels, erode each piece's mask, in its bounding box widened by the band's
 *       length, by the segment the band spans (a line structuring
 *       element anchored at its start, which undoes the sweep that added the band) and trace it again. The
 *       silhouette then follows the piece's face on every side, so two partners' outlines coincide; with the
 *       band kept, sides facing the band bulge by its width (3-15 px) and true partners no longer rank first;</li>
 *   <li>each outline point moved along its normal onto the edge the gray levels show under a lighter blur (3 px)
 *       ({@link SubpixelEdge}), to a fraction of a pixel.</li>
 * </ol>
 *
 * <p>The result is the same, pixel for pixel, as running steps 3-5 on the whole photo (as this class did before
 * step 2 existed; measured identical on 246 pieces of 21 sheets): each filter reads only a few pixels around,
 * so a rectangle's mask equals the whole photo's farther than {@link RegionMask#reach} from its sides inside
 * the photo, and every outline must keep {@link #guard} px from them (that reach, plus the band's lookups and
 * erosion window). Should an outline come closer, as a piece joined to a mark the shrunk copy misses would, the
 * whole photo is processed as one rectangle instead. A mark the shrunk copy misses that lies apart from every
 * rectangle is not looked at: its dark pixels would all have to avoid the pixels the copy keeps, as lines under
 * 3 px wide or a fine hatch do; no piece does.
 *
 * <p>Outlines are in sheet pixels (x right, y down), in OpenCV's tracing order for external contours: starting
 * at the topmost (then leftmost) pixel and running counter-clockwise as seen on screen, down the left side
 * first. They are returned in {@link OutlineOrder reading order}. All native memory is released before
 * returning. Thread-safe: it keeps no state.
 */
public final class PieceDetector {

    /** Extra margin around a shrunk copy's box, in pixels: a piece's thin tips can reach past the box. */
    static final int COARSE_SLACK_PX = 4 * CoarseRegions.SCALE;

    /** Whole-photo contour order, which the band's fit sums in: by first pixel, the last in raster order first. */
    private static final Comparator<Silhouette> WHOLE_PHOTO_ORDER = Comparator
            .comparingInt((Silhouette silhouette) -> silhouette.outline()[1])
            .thenComparingInt(silhouette -> silhouette.outline()[0]).reversed();

    private PieceDetector() {
    }

    /** An outline and the region it was traced in. */
    private record Silhouette(int[] outline, RegionMask region) {
    }

    /**
     * The piece outlines of the photo at {@code image}.
     *
     * @throws snapfit.model.InputFileException for a missing, empty or unreadable image, or one where a piece
     *                                            touches the border or pieces touch each other
     */
    public static List<TracedOutline> detect(Path image, PieceDetectionConfig config) {
        Mat gray = GrayImageReader.read(image);
        try {
            List<TracedOutline> outlines = detect(gray, config);
            OutlineChecks.requireWholeSeparatePieces(image, outlines, gray.cols(), gray.rows());
            return outlines;
        } finally {
            gray.release();
        }
    }

    /**
     * How far every outline must keep from a rectangle's sides inside the photo, in pixels, for it to be the whole
     * photo's: the filters' reach, plus the band's erosion window ({@code |dx| + |dy| + 2} px, where each
     * component of the band is at most {@code maxBandPx + 2} px), which also covers the band's gray lookups.
     */
    static int guard(PieceDetectionConfig config) {
        return RegionMask.reach(config) + 2 * config.maxBandPx() + 6;
    }

    static List<TracedOutline> detect(Mat gray, PieceDetectionConfig config) {
        int guard = guard(config);
        List<Rect> regions = CoarseRegions.of(gray, config, guard + COARSE_SLACK_PX);
        return detectIn(gray, regions, config).orElseGet(() -> wholePhoto(gray, config));
    }

    /** The outlines found working on the whole photo as one rectangle, which has no side inside the photo. */
    static List<TracedOutline> wholePhoto(Mat gray, PieceDetectionConfig config) {
        return detectIn(gray, List.of(new Rect(0, 0, gray.cols(), gray.rows())), config).orElseThrow();
    }

    /**
     * The outlines found in the rectangles, in reading order; empty if one comes within {@link #guard} of a
     * rectangle's side inside the photo.
     */
    static Optional<List<TracedOutline>> detectIn(Mat gray, List<Rect> rectangles, PieceDetectionConfig config) {
        List<Silhouette> silhouettes = new ArrayList<>();
        for (Rect rectangle : rectangles) {
            RegionMask region = RegionMask.of(gray, rectangle, config);
            for (int[] outline : region.outlines()) {
                if (!region.holdsWithin(Outlines.boundingBox(outline), guard(config))) {
                    return Optional.empty();
                }
                silhouettes.add(new Silhouette(outline, region));
            }
        }
        silhouettes.sort(WHOLE_PHOTO_ORDER);
        List<TracedOutline> traced = withoutBand(silhouettes, config, gray.cols(), gray.rows()).stream()
                .map(silhouette -> new TracedOutline(silhouette.outline(),
                        SubpixelEdge.of(silhouette.outline(), silhouette.region().edgeGray())))
                .toList();
        return Optional.of(OutlineOrder.readingOrder(traced, TracedOutline::pixels));
    }

    /** The silhouettes with the band eroded away, or as they are when no band is seen or looked for. */
    private static List<Silhouette> withoutBand(List<Silhouette> silhouettes, PieceDetectionConfig config, int width,
            int height) {
        if (config.maxBandPx() == 0 || silhouettes.isEmpty()) {
            return silhouettes;
        }
        List<int[]> outlines = silhouettes.stream().map(Silhouette::outline).toList();
        List<GrayPatch> grays = silhouettes.stream().map(silhouette -> silhouette.region().blurred()).toList();
        BandOffset band = CutEdgeBand.estimate(outlines, grays, width, height, config.threshold(), config.maxBandPx());
        int dx = (int) Math.round(band.dx());
        int dy = (int) Math.round(band.dy());
        if (dx == 0 && dy == 0) {
            return silhouettes;
        }
        List<Silhouette> eroded = new ArrayList<>(silhouettes.size());
        for (Silhouette silhouette : silhouettes) {
            silhouette.region().withoutBand(silhouette.outline(), dx, dy, config.minArea())
                    .ifPresent(outline -> eroded.add(new Silhouette(outline, silhouette.region())));
        }
        return eroded;
    }
}
