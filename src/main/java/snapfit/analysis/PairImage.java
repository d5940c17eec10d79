package snapfit.analysis;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import snapfit.model.MatchResult;
import snapfit.puzzle.Segment;

/**
 * The picture a person looks at to judge a fit: two segments aligned by {@link PairAlignment}, drawn as
 * two coloured polylines at one scale on both axes (so shapes are not distorted), with the match's
 * similarity and the mean gap in the title and a scale bar in pixels. Sized like the charts
 * ({@link ChartTheme#WIDTH} x {@link ChartTheme#HEIGHT}).
 */
public final class PairImage {

    private static final int TITLE_HEIGHT = 64;
    private static final int MARGIN = 40;
    private static final Color A_COLOUR = ChartTheme.seriesColour(0);
    private static final Color B_COLOUR = ChartTheme.seriesColour(1);
    private static final Color CHORD_COLOUR = new Color(0x999999);

    private PairImage() {
    }

    /**
     * Draws segments {@code a} and {@code b} aligned, titled with {@code match}'s scores.
     *
     * @throws IllegalArgumentException when {@code match} is not the match of these two segments
     */
    public static BufferedImage render(Segment a, Segment b, MatchResult match) {
        if (!Set.of(a.id(), b.id()).equals(Set.of(match.segId1(), match.segId2()))) {
            throw new IllegalArgumentException("match " + match.segId1() + " / " + match.segId2()
                    + " is not the match of segments " + a.id() + " and " + b.id());
        }
        AlignedPair pair = PairAlignment.align(a, b);
        BufferedImage image = new BufferedImage(ChartTheme.WIDTH, ChartTheme.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
            drawTitle(graphics, a, b, match, pair);
            Map<String, Color> legend = new LinkedHashMap<>();
            legend.put("A " + a.id() + " (" + a.shape().value() + ")", A_COLOUR);
            legend.put("B " + b.id() + " (" + b.shape().value() + "), reversed", B_COLOUR);
            legend.put("chord of A", CHORD_COLOUR);
            ImageLegend.draw(graphics, legend, MARGIN, TITLE_HEIGHT, 12);
            // The curves go below the legend, so it never covers them.
            int plotTop = TITLE_HEIGHT + ImageLegend.size(graphics, legend, 12).height + MARGIN / 2;
            PlotFrame frame = PlotFrame.fitting(pair, MARGIN, plotTop, image.getWidth() - MARGIN,
                    image.getHeight() - MARGIN);
            graphics.setColor(CHORD_COLOUR);
            graphics.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {6f, 4f}, 0f));
            graphics.draw(new Line2D.Double(frame.x(0), frame.y(0), frame.x(pair.chordLength()), frame.y(0)));
            graphics.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            drawPolyline(graphics, frame, pair, true);
            drawPolyline(graphics, frame, pair, false);
            drawScaleBar(graphics, frame, image.getWidth() - MARGIN, image.getHeight() - MARGIN / 2);
        } finally {
            graphics.dispose();
        }
        return image;
    }

    private static void drawTitle(Graphics2D graphics, Segment a, Segment b, MatchResult match, AlignedPair pair) {
        graphics.setColor(Color.BLACK);
        graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        graphics.drawString(a.id() + "  vs  " + b.id(), MARGIN, 26);
        String scores = String.format("similarity %.4f", match.similarity())
                + (match.similarityManual() == null ? "" : String.format(" (manual %.4f)", match.similarityManual()))
                + String.format("   mean gap %.1f px   chords %.0f / %.0f px", pair.meanGap(),
                        a.chordLength(), b.chordLength());
        graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        graphics.drawString(scores, MARGIN, 48);
    }

    private static void drawPolyline(Graphics2D graphics, PlotFrame frame, AlignedPair pair, boolean segmentA) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < pair.size(); i++) {
            double x = frame.x(segmentA ? pair.ax(i) : pair.bx(i));
            double y = frame.y(segmentA ? pair.ay(i) : pair.by(i));
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        graphics.setColor(segmentA ? A_COLOUR : B_COLOUR);
        graphics.draw(path);
    }

    /** A bar of a round length in pixels (1, 2 or 5 times a power of ten), about a sixth of the plot wide. */
    private static void drawScaleBar(Graphics2D graphics, PlotFrame frame, int right, int baseline) {
        double target = frame.widthInPixels() / 6;
        double power = Math.pow(10, Math.floor(Math.log10(target)));
        double length = target >= 5 * power ? 5 * power : target >= 2 * power ? 2 * power : power;
        double barWidth = length * frame.scale();
        graphics.setColor(Color.BLACK);
        graphics.setStroke(new BasicStroke(2f));
        graphics.draw(new Line2D.Double(right - barWidth, baseline, right, baseline));
        graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        String label = String.format("%.0f px", length);
        graphics.drawString(label, (int) (right - barWidth - graphics.getFontMetrics().stringWidth(label) - 6),
                baseline + 4);
    }
}
