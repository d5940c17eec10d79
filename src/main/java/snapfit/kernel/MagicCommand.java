package snapfit.kernel;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The magics a cell may use, each with the usage {@code %lsmagic} lists. */
enum MagicCommand {
    CLASSPATH("classpath", "%classpath PATH...", "add jars and class folders (globs allowed)"),
    JARS("jars", "%jars GLOB...", "add jars"),
    MAVEN("maven", "%maven GROUP:ARTIFACT:VERSION", "add an artifact and its runtime dependencies from Maven Central"),
    LOAD("load", "%load FILE", "run the Java code in FILE"),
    TIME("time", "%time CODE", "run the code on the rest of the line and print its wall time"),
    LSMAGIC("lsmagic", "%lsmagic", "list the magics");

    /** The one cell magic, {@code %%time}: the whole cell is timed. */
    static final String CELL_TIME = "time";

    private final String magicName;
    private final String usage;
    private final String description;

    MagicCommand(String magicName, String usage, String description) {
        this.magicName = magicName;
        this.usage = usage;
        this.description = description;
    }

    String magicName() {
        return magicName;
    }

    /** The line magic written {@code %name}, if there is one. */
    static Optional<MagicCommand> named(String name) {
        return Arrays.stream(values()).filter(magic -> magic.magicName.equals(name)).findFirst();
    }

    /** Every magic with its usage, one a line, as {@code %lsmagic} prints them. */
    static String listing() {
        return Arrays.stream(values())
                .map(magic -> String.format("  %-32s %s%n", magic.usage, magic.description))
                .collect(Collectors.joining("", "Line magics:\n", ""))
                + String.format("Cell magics:%n  %-32s %s%n", "%%" + CELL_TIME, "run the cell and print its wall time");
    }

    /** A one-line error for a magic that does not exist, listing those that do. */
    static String unknown(String written) {
        return "unknown magic " + written + "; %lsmagic lists the magics: "
                + Arrays.stream(values()).map(magic -> "%" + magic.magicName).collect(Collectors.joining(", "))
                + ", %%" + CELL_TIME;
    }
}
