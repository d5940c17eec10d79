package snapfit.vision;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;
import org.opencv.objdetect.QRCodeDetector;
import snapfit.model.BoardLayout;
import snapfit.model.PixelBox;

/**
 * Finds a marker board in a photo and the pieces on it.
 *
 * <p>Steps: decode in colour; the homography from the rim markers ({@link MarkerHomography}), or nothing when no
 * board shows; the QR code, read from its box warped to the board frame at {@value #QR_PIXELS_PER_UNIT} px per
 * unit (the whole gray photo as a fallback); the piece detector's gray, the slot area only, masked by colour on a
 * coloured board ({@link BoardBackgroundMask}); the pieces as {@link PieceDetector} finds them on a sheet.
 * Outlines stay in photo pixels. All native memory is released before returning. Thread-safe: it keeps no state.
 */
public final class BoardDetector {

    private static final double QR_PIXELS_PER_UNIT = 3;

    private BoardDetector() {
    }

    /**
     * The board and its pieces in the photo at {@code image}, or empty when the photo shows no board.
     *
     * @throws snapfit.model.InputFileException for a missing, empty or unreadable image, or one where a piece
     *                                            touches the border or pieces touch each other
     */
    public static Optional<BoardPhoto> detect(Path image, PieceDetectionConfig config) {
        Mat bgr = GrayImageReader.readColour(image);
        Mat gray = new Mat();
        try {
            Imgproc.cvtColor(bgr, gray, Imgproc.COLOR_BGR2GRAY);
            Optional<MarkerHomography.Fit> fit = MarkerHomography.find(gray);
            if (fit.isEmpty()) {
                return Optional.empty();
            }
            double[] homography = fit.get().homography();
            String qr = readQr(gray, homography);
            Mat pieceGray = BoardBackgroundMask.pieceGray(bgr, homography, config.threshold());
            try {
                List<TracedOutline> outlines = PieceDetector.detect(pieceGray, config);
                OutlineChecks.requireWholeSeparatePieces(image, outlines, gray.cols(), gray.rows(), homography);
                return Optional.of(new BoardPhoto(Arrays.stream(homography).boxed().toList(), fit.get().markers(), qr,
                        outlines));
            } finally {
                pieceGray.release();
            }
        } finally {
            bgr.release();
            gray.release();
        }
    }

    /**
     * The photo at {@code image} warped to the whole board frame at {@code pixelsPerUnit} pixels per board unit,
     * through the photo-to-board {@code homography} (row by row): the top-down view matching works in.
     */
    public static BufferedImage rectified(Path image, List<Double> homography, double pixelsPerUnit) {
        Mat bgr = GrayImageReader.readColour(image);
        Mat board = BoardWarp.warp(bgr, homography.stream().mapToDouble(Double::doubleValue).toArray(),
                new PixelBox(0, 0, BoardLayout.WIDTH, BoardLayout.HEIGHT), pixelsPerUnit);
        try {
            BufferedImage out = new BufferedImage(board.cols(), board.rows(), BufferedImage.TYPE_3BYTE_BGR);
            board.get(0, 0, ((DataBufferByte) out.getRaster().getDataBuffer()).getData());
            return out;
        } finally {
            bgr.release();
            board.release();
        }
    }

    /** The QR code's text, or null when neither the warped box nor the whole photo gives one. */
    private static String readQr(Mat gray, double[] homography) {
        QRCodeDetector detector = new QRCodeDetector();
        Mat box = BoardWarp.warp(gray, homography, BoardLayout.QR, QR_PIXELS_PER_UNIT);
        try {
            String text = detector.detectAndDecode(box);
            if (text == null || text.isEmpty()) {
                text = detector.detectAndDecode(gray);
            }
            return text == null || text.isEmpty() ? null : text;
        } finally {
            box.release();
        }
    }
}
