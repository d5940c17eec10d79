package snapfit.synth;

import java.util.SplittableRandom;

/**
 * How one sheet's photo looks, drawn at random per sheet around what the real photo
 * {@code back_03.jpg} shows: paper near RGB (195, 188, 176) with about 10% of light fall-off across
 * the sheet, pieces a muted colour near gray 110 (the detector thresholds at 130), the dark cut edge
 * seen as a band 3-11 px wide along each piece's bottom and right, and a soft shadow beyond it.
 *
 * @param paper         paper colour at the centre, RGB 0-255
 * @param face          piece colour, RGB 0-255, one per puzzle
 * @param lightSlopeX   brightness change per pixel in x, as a fraction of full brightness
 * @param lightSlopeY   brightness change per pixel in y, as a fraction of full brightness
 * @param vignette      brightness lost at the sheet's corners, as a fraction
 * @param bandDx        how far the cut edge shows to the right of the face, in pixels
 * @param bandDy        how far the cut edge shows below the face, in pixels
 * @param shadowDarkness fraction of light the shadow takes from the paper at its darkest
 */
record PhotoStyle(Rgb paper, Rgb face, double lightSlopeX, double lightSlopeY, double vignette,
                  int bandDx, int bandDy, double shadowDarkness) {

    /** Muted piece colours, all near gray 112: slate, grey-green as in the real photo, taupe, brick. */
    private static final Rgb[] FACES = {
            new Rgb(100, 110, 126), new Rgb(106, 119, 104), new Rgb(124, 110, 94), new Rgb(128, 100, 94)};
    /** A pale piece colour, cream, near gray 218: lighter than the threshold, so a gray mask loses it on white. */
    static final Rgb PALE_FACE = new Rgb(228, 218, 196);
    /** The cut edge and the shadow right under it, nearly black in the real photo. */
    static final Rgb BAND = new Rgb(52, 56, 48);

    /** The colour every sheet of the puzzle with this seed shares: grey-green for the default seed 1. */
    static Rgb faceOf(long puzzleSeed) {
        return FACES[(int) Math.floorMod(puzzleSeed, (long) FACES.length)];
    }

    static PhotoStyle random(SplittableRandom random, Rgb face, int width, int height) {
        double brightness = 1 + RandomDraws.plusMinus(random, 0.03);
        Rgb paper = new Rgb(
                (int) Math.round(196 * brightness + RandomDraws.plusMinus(random, 3)),
                (int) Math.round(189 * brightness + RandomDraws.plusMinus(random, 3)),
                (int) Math.round(177 * brightness + RandomDraws.plusMinus(random, 3)));
        double direction = random.nextDouble() * 2 * Math.PI;
        double fallOff = RandomDraws.between(random, 0.07, 0.12) / Math.hypot(width, height);
        return new PhotoStyle(paper, face, fallOff * Math.cos(direction), fallOff * Math.sin(direction),
                RandomDraws.between(random, 0.02, 0.05),
                3 + random.nextInt(4), 7 + random.nextInt(5), RandomDraws.between(random, 0.3, 0.4));
    }
}
