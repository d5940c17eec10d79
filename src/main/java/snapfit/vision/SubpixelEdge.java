package snapfit.vision;

import java.util.Arrays;

/**
 * A traced outline moved onto the piece's edge as the photo's gray levels show it, to a fraction of a pixel.
 *
 * <p>The mask's outline runs through the centres of boundary pixels, wherever the blurred gray crosses the threshold.
 * Where the face (gray ~110) meets lighter paper (~185) that crossing lies about a pixel inside the edge; where a dark
 * cut-edge band was eroded away it lies a little outside; fibres of the face that cross the threshold roughen it by a
 * pixel more. On 3 sheets of a generated puzzle (30x50, seed 21) the traced outline's signed distance to the true cut
 * had a median of -1.05 px on sides facing up and +1.16 px on sides facing down-left (sd 0.93 px over all sides);
 * after this step -0.37 and +0.04 px (sd 0.52 px).
 *
 * <p>For each outline point: the outward normal, from the points {@value #NORMAL_REACH} either side; the blurred gray
 * sampled along it every quarter pixel within {@value #REACH_PX} px (bilinear), and its slope. The edge is the steepest
 * step there, if at least {@value #MIN_STEP} of the piece's median steepest step; if that step is a rise to the paper
 * and a fall of at least {@value #MIN_DARKENING} of that median lies inside it, the face meets a dark band first and
 * the fall is the edge. The step is placed at the centroid of its slope above half its peak, within
 * {@value #CENTROID_SAMPLES} samples: between pixel centres the bilinear profile is straight, so its slope has flat
 * tops a pixel wide, and the centroid, unlike the peak, finds their middle. The centroid stays within the searched
 * {@value #REACH_PX} px, which pulls a step near the search's end toward the traced outline (on a clean blurred disc the
 * edge lies 0.29 px inside the circle, the pixel centres 1.1 px), but keeps a band's far step out of it: on 30x50 seed 21
 * inner top-1 90.0%, against 88.6% and 85.0% when the centroid may reach 0.5 or 1.5 px further (measured in the
 * detection's 5 px blur; the gray is now blurred less, see {@link RegionMask#EDGE_BLUR_KERNEL}). Without a step the
 * point stays where it was traced. Stateless.
 */
final class SubpixelEdge {

    /** Outline points either side that give a point's normal: a pixel staircase turns it by 45 degrees point to point. */
    static final int NORMAL_REACH = 4;
    /** How far along the normal the edge is looked for, px: the traced outline lies within about a pixel of it. */
    static final double REACH_PX = 2;
    static final double MIN_STEP = 0.3;
    static final double MIN_DARKENING = 0.3;
    private static final int STEPS_PER_PX = 4;
    /**
     * Samples either side of the steepest one that place the step: 1.5 px. On 30x50 seed 21 (low variety) inner top-1
     * with the slope's peak placed by a parabola: 84.4%; by the centroid over 4, 6 and 10 samples (above half, half and
     * 0.3 of the peak): 88.2%, 90.0% and 89.1%.
     */
    private static final int CENTROID_SAMPLES = 6;

    private SubpixelEdge() {
    }

    /**
     * The edge of {@code outline} (interleaved pixel centres {@code x0, y0, ...}, sheet pixels, x right, y down) in
     * the blurred {@code gray}: one point per outline point, interleaved, in the same order.
     */
    static float[] of(int[] outline, GrayPatch gray) {
        int n = outline.length / 2;
        double[] nx = new double[n];
        double[] ny = new double[n];
        outwardNormals(outline, nx, ny);
        int half = (int) Math.round(REACH_PX * STEPS_PER_PX);
        int width = 2 * half + 1;
        double[][] slopes = new double[n][width];
        double[] steepest = new double[n];
        double[] profile = new double[width + 2];
        for (int k = 0; k < n; k++) {
            for (int s = 0; s < profile.length; s++) {
                double t = (double) (s - half - 1) / STEPS_PER_PX;
                profile[s] = bilinear(gray, outline[2 * k] + t * nx[k], outline[2 * k + 1] + t * ny[k]);
            }
            for (int s = 0; s < width; s++) {
                slopes[k][s] = (profile[s + 2] - profile[s]) * STEPS_PER_PX / 2;
                steepest[k] = Math.max(steepest[k], Math.abs(slopes[k][s]));
            }
        }
        double typical = median(steepest);
        float[] edge = new float[2 * n];
        for (int k = 0; k < n; k++) {
            double t = (stepAt(slopes[k], MIN_STEP * typical, MIN_DARKENING * typical) - half) / STEPS_PER_PX;
            edge[2 * k] = (float) (outline[2 * k] + t * nx[k]);
            edge[2 * k + 1] = (float) (outline[2 * k + 1] + t * ny[k]);
        }
        return edge;
    }

    /** Where along {@code slope} (in samples, fractional) the edge is, or the middle when there is no step. */
    private static double stepAt(double[] slope, double minStep, double minDarkening) {
        int best = -1;
        for (int s = 1; s < slope.length - 1; s++) {
            if (Math.abs(slope[s]) >= minStep && (best < 0 || Math.abs(slope[s]) > Math.abs(slope[best]))) {
                best = s;
            }
        }
        if (best < 0) {
            return slope.length / 2;
        }
        if (slope[best] > 0) {
            int darkest = -1;
            for (int s = 1; s < best; s++) {
                if (-slope[s] >= minDarkening && (darkest < 0 || slope[s] < slope[darkest])) {
                    darkest = s;
                }
            }
            best = darkest < 0 ? best : darkest;
        }
        double floor = Math.abs(slope[best]) / 2;
        double weighted = 0;
        double weights = 0;
        for (int s = Math.max(0, best - CENTROID_SAMPLES); s <= Math.min(slope.length - 1, best + CENTROID_SAMPLES); s++) {
            if (Math.signum(slope[s]) == Math.signum(slope[best])) {
                double weight = Math.max(0, Math.abs(slope[s]) - floor);
                weighted += weight * s;
                weights += weight;
            }
        }
        return weights > 0 ? weighted / weights : best;
    }

    /** Unit outward normals: left of the direction of travel for an outline running counter-clockwise on screen. */
    private static void outwardNormals(int[] outline, double[] nx, double[] ny) {
        int n = nx.length;
        double sign = Outlines.signedArea(outline) >= 0 ? 1 : -1;
        for (int k = 0; k < n; k++) {
            int before = Math.floorMod(k - NORMAL_REACH, n);
            int after = Math.floorMod(k + NORMAL_REACH, n);
            double dx = outline[2 * after] - outline[2 * before];
            double dy = outline[2 * after + 1] - outline[2 * before + 1];
            double length = Math.hypot(dx, dy);
            nx[k] = length > 0 ? -sign * dy / length : 0;
            ny[k] = length > 0 ? sign * dx / length : 0;
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The gray level at a sheet point between pixel centres, the point held inside the patch. */
    private static double bilinear(GrayPatch gray, double x, double y) {
        double px = Math.max(gray.x(), Math.min(gray.x() + gray.width() - 1.001, x));
        double py = Math.max(gray.y(), Math.min(gray.y() + gray.height() - 1.001, y));
        int x0 = (int) Math.floor(px);
        int y0 = (int) Math.floor(py);
        double fx = px - x0;
        double fy = py - y0;
        double top = gray.at(x0, y0) * (1 - fx) + gray.at(x0 + 1, y0) * fx;
        double bottom = gray.at(x0, y0 + 1) * (1 - fx) + gray.at(x0 + 1, y0 + 1) * fx;
        return top * (1 - fy) + bottom * fy;
    }
}
