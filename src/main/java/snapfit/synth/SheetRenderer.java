package snapfit.synth;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Renders a laid-out sheet as a photo, in layers, each pixel on its own (so the result does not
 * depend on threads or order):
 *
 * <ol>
 *   <li>paper: the style's colour under a linear light gradient and a vignette, with faint blotches and grain;</li>
 *   <li>shadow: the pieces' shape moved down-right by 1.5 times the band offset, box-blurred twice
 *       ({@value #SHADOW_RADIUS_PX} px), darkening the paper;</li>
 *   <li>cut edge: the pieces' shape moved by the band offset and softened by a
 *       {@value #BAND_RADIUS_PX} px box blur, in the near-black {@link PhotoStyle#BAND};</li>
 *   <li>face: the piece colour with fibre texture, blotches and grain;</li>
 *   <li>a binomial blur (sigma about 1 px) for lens softness.</li>
 * </ol>
 *
 * On a marker board the paper is the board ({@link BoardBackdrop}), under the same light and shadow.
 * A clean render is flat paper (gray {@value #CLEAN_PAPER}) and flat pieces (gray {@value #CLEAN_FACE})
 * with anti-aliased edges only. Output is a {@code TYPE_3BYTE_BGR} image in sheet pixels, the layout
 * the JPEG encoder takes without conversion. Stateless and thread-safe.
 */
final class SheetRenderer {

    static final int CLEAN_PAPER = 215;
    static final int CLEAN_FACE = 60;
    private static final int SHADOW_RADIUS_PX = 5;
    private static final int BAND_RADIUS_PX = 3;

    private SheetRenderer() {
    }

    static BufferedImage render(PlacedSheet sheet, Rgb face, long seed, boolean clean) {
        int width = sheet.width();
        int height = sheet.height();
        List<PieceOutline> outlines = sheet.pieces().stream().map(PlacedPiece::outline).toList();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        byte[] faceMask = CoverageMask.paint(outlines, width, height, 0, 0);
        byte[] backdrop = sheet.board() == null ? null : BoardBackdrop.paint(sheet.board(), width, height);
        if (clean) {
            for (int i = 0; i < faceMask.length; i++) {
                int cover = faceMask[i] & 0xFF;
                for (int c = 0; c < 3; c++) {
                    int paper = backdrop == null ? CLEAN_PAPER : backdrop[3 * i + c] & 0xFF;
                    bgr[3 * i + c] = (byte) ((paper * (255 - cover) + CLEAN_FACE * cover + 127) / 255);
                }
            }
            return image;
        }
        SplittableRandom random = new SplittableRandom(seed);
        PhotoStyle style = PhotoStyle.random(random, face, width, height);
        byte[] bandMask = CoverageMask.paint(outlines, width, height, style.bandDx(), style.bandDy());
        ImageFilters.boxBlur(bandMask, width, height, BAND_RADIUS_PX, 1);
        byte[] shadowMask = CoverageMask.paint(outlines, width, height, 1.5 * style.bandDx(), 1.5 * style.bandDy());
        ImageFilters.boxBlur(shadowMask, width, height, SHADOW_RADIUS_PX, 2);
        new PhotoComposer(style, random.nextLong(), width, height).compose(faceMask, bandMask, shadowMask, backdrop, bgr);
        ImageFilters.binomialBlur(bgr, width, height, 3);
        return image;
    }
}
