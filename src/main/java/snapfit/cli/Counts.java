package snapfit.cli;

/** A count with its noun in the right number: "1 sheet", "2 sheets", "1,500 pieces". */
final class Counts {

    private Counts() {
    }

    /** {@code count} and {@code noun}, with an "s" unless the count is one. */
    static String of(long count, String noun) {
        return String.format("%,d %s", count, count == 1 ? noun : noun + "s");
    }

    /** {@code count} and {@code singular} or {@code plural}, for nouns that do not just take an "s". */
    static String of(long count, String singular, String plural) {
        return String.format("%,d %s", count, count == 1 ? singular : plural);
    }
}
