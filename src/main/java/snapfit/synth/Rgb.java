package snapfit.synth;

/** A colour, each channel 0-255. */
record Rgb(int red, int green, int blue) {

    Rgb {
        if ((red | green | blue) >>> 8 != 0) {
            throw new IllegalArgumentException("colour (" + red + ", " + green + ", " + blue + ") has a channel outside 0-255");
        }
    }
}
