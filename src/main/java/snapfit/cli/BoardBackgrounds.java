package snapfit.cli;

import snapfit.model.BoardBackground;

/** A board background named on the command line, in any case. */
final class BoardBackgrounds {

    private BoardBackgrounds() {
    }

    static BoardBackground byName(String name, String option) {
        for (BoardBackground colour : BoardBackground.values()) {
            if (colour.name().equalsIgnoreCase(name)) {
                return colour;
            }
        }
        throw new IllegalArgumentException(option + " " + name + ": expected white, green or blue");
    }
}
