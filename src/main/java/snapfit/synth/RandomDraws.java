package snapfit.synth;

import java.util.SplittableRandom;

/** The few kinds of random draw the generator makes. */
final class RandomDraws {

    private RandomDraws() {
    }

    /** Uniform in [-halfRange, halfRange). */
    static double plusMinus(SplittableRandom random, double halfRange) {
        return (random.nextDouble() * 2 - 1) * halfRange;
    }

    /** Uniform in [low, high). */
    static double between(SplittableRandom random, double low, double high) {
        return low + random.nextDouble() * (high - low);
    }
}
