package snapfit.kernel;

import java.util.Locale;

/** How {@code %time} and {@code %%time} report a duration: {@code Wall time: 12.3 ms}, or {@code 4.56 s} from a second on. */
final class WallTime {

    private WallTime() {
    }

    static String line(long nanos) {
        double millis = nanos / 1e6;
        return millis < 1_000
                ? String.format(Locale.ROOT, "Wall time: %.1f ms%n", millis)
                : String.format(Locale.ROOT, "Wall time: %.2f s%n", millis / 1_000);
    }
}
