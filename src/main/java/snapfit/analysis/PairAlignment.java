package snapfit.analysis;

import snapfit.puzzle.Segment;

/**
 * Lays two segments on top of each other the way their pieces would join, in a common frame in pixels.
 *
 * <p>Steps: (1) move and rotate segment A so that its chord runs along the x axis from (0, 0) to
 * (L, 0), L being A's chord length; (2) reverse segment B, because the two sides of a joint run in
 * opposite directions when both contours are traced the same way round; (3) move and rotate the
 * reversed B so that its chord lies on the x axis with its midpoint at (L/2, 0). The maps are rigid
 * (no scaling, no mirroring), so a difference in length or shape stays visible: when the chords are
 * equally long, B's reversed endpoints land exactly on (0, 0) and (L, 0).
 */
public final class PairAlignment {

    private PairAlignment() {
    }

    /** A and B in the common frame described above. */
    public static AlignedPair align(Segment a, Segment b) {
        int last = Segment.SAMPLES - 1;
        float[] ax = new float[Segment.SAMPLES];
        float[] ay = new float[Segment.SAMPLES];
        float[] bx = new float[Segment.SAMPLES];
        float[] by = new float[Segment.SAMPLES];
        double lengthA = a.chordLength();
        requireChord(a, lengthA);
        requireChord(b, b.chordLength());
        double angleA = Math.atan2(a.y(last) - a.y(0), a.x(last) - a.x(0));
        for (int i = 0; i < Segment.SAMPLES; i++) {
            double[] point = rotated(a.x(i) - a.x(0), a.y(i) - a.y(0), -angleA);
            ax[i] = (float) point[0];
            ay[i] = (float) point[1];
        }
        // Reversed B starts at B's last sample; centre its chord on A's chord.
        double midX = (b.x(0) + b.x(last)) / 2.0;
        double midY = (b.y(0) + b.y(last)) / 2.0;
        double angleB = Math.atan2(b.y(0) - b.y(last), b.x(0) - b.x(last));
        for (int i = 0; i < Segment.SAMPLES; i++) {
            double[] point = rotated(b.x(last - i) - midX, b.y(last - i) - midY, -angleB);
            bx[i] = (float) (point[0] + lengthA / 2);
            by[i] = (float) point[1];
        }
        return new AlignedPair(ax, ay, bx, by, (float) lengthA);
    }

    private static double[] rotated(double x, double y, double angle) {
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        return new double[] {x * cos - y * sin, x * sin + y * cos};
    }

    private static void requireChord(Segment segment, double length) {
        if (!(length > 0)) {
            throw new IllegalArgumentException("segment " + segment.id()
                    + " starts and ends at the same point: it has no chord to align on");
        }
    }
}
