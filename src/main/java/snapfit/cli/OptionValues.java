package snapfit.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A closed set's value named on the command line, in any case: a board's background, a paper size. */
final class OptionValues {

    private OptionValues() {
    }

    /** The constant of {@code type} called {@code name}, ignoring case, given to {@code option}. */
    static <E extends Enum<E>> E byName(Class<E> type, String name, String option) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(name)) {
                return value;
            }
        }
        List<String> names = Arrays.stream(type.getEnumConstants())
                .map(value -> value.name().toLowerCase(Locale.ROOT)).toList();
        throw new IllegalArgumentException(option + " " + name + ": expected "
                + String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1));
    }
}
