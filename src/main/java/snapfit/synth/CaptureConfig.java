package snapfit.synth;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How far each sheet's photo strays from a perfect top-down shot at one height, drawn per sheet.
 *
 * @param scaleJitter    each sheet is photographed at a scale drawn uniformly in {@code 1 ± scaleJitter} (the
 *                       camera held higher or lower), 0 to {@value #LIMIT_SCALE_JITTER}; 0.08 is ±8%
 * @param tiltDegrees    each sheet is photographed with the camera tilted by up to this many degrees about a random
 *                       axis through the photo's centre (a keystone), 0 to {@value #LIMIT_TILT_DEGREES}
 * @param lensDistortion barrel distortion: a point at the photo's corner moves this fraction of its distance to the
 *                       centre inwards, nearer points less (with the square of their distance), 0 to
 *                       {@value #LIMIT_LENS_DISTORTION}; phone main cameras correct to about 0.01
 */
public record CaptureConfig(
        @JsonProperty("scale_jitter") double scaleJitter,
        @JsonProperty("tilt_degrees") double tiltDegrees,
        @JsonProperty("lens_distortion") double lensDistortion) {

    static final double LIMIT_SCALE_JITTER = 0.3;
    static final double LIMIT_TILT_DEGREES = 30;
    static final double LIMIT_LENS_DISTORTION = 0.05;

    /** Every sheet at one scale, straight from above, through a perfect lens. */
    public static final CaptureConfig IDEAL = new CaptureConfig(0, 0, 0);

    public CaptureConfig {
        requireWithin("scale jitter", scaleJitter, LIMIT_SCALE_JITTER, "0.08 is ±8%");
        requireWithin("tilt", tiltDegrees, LIMIT_TILT_DEGREES, "degrees");
        requireWithin("lens distortion", lensDistortion, LIMIT_LENS_DISTORTION, "0.01 moves the photo's corners 1% inwards");
    }

    private static void requireWithin(String name, double value, double limit, String unit) {
        if (!(value >= 0 && value <= limit)) {
            throw new IllegalArgumentException(name + " " + value + " is out of range: use 0 to " + limit + " (" + unit + ")");
        }
    }
}
