package snapfit.analysis;

import java.util.List;
import java.util.Objects;

/**
 * The measured run time of one stage (e.g. {@code match}, {@code store write}) at several input sizes.
 *
 * @param stage  the stage's name, shown in the legend
 * @param points the measurements, in the order they are to be joined (usually by increasing size)
 */
public record TimingSeries(String stage, List<Point> points) {

    /**
     * One measurement.
     *
     * @param size    the input size, positive, in the unit the chart names (pieces, matches, ...)
     * @param seconds the wall-clock time, in seconds, 0 or more
     */
    public record Point(double size, double seconds) {

        public Point {
            if (!(size > 0) || Double.isInfinite(size)) {
                throw new IllegalArgumentException("timing size " + size + " must be positive and finite");
            }
            if (!(seconds >= 0) || Double.isInfinite(seconds)) {
                throw new IllegalArgumentException("timing of " + seconds + " s must be 0 or more and finite");
            }
        }
    }

    public TimingSeries {
        Objects.requireNonNull(stage, "stage");
        points = List.copyOf(Objects.requireNonNull(points, "points of " + stage));
        if (points.isEmpty()) {
            throw new IllegalArgumentException("timing series '" + stage + "' has no measurements");
        }
    }
}
