package snapfit.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a cell into runs of Java code and IJava-style line magics ({@code %name arguments} alone on
 * a line), in the order they appear, so that a magic takes effect exactly where it is written. A cell
 * magic ({@code %%name arguments}) can only be the first line, and applies to the rest of the cell.
 */
final class CellParts {

    private static final Pattern MAGIC_LINE = Pattern.compile("^\\s*%(\\S+)[ \\t]*(.*?)\\s*$");
    private static final Pattern CELL_MAGIC_LINE = Pattern.compile("^\\s*%%(\\S+)[ \\t]*(.*?)\\s*$");

    /** One part of a cell. Line numbers are 1-based lines of the cell. */
    sealed interface Part permits Code, Magic, CellMagic {
    }

    /** Java source that starts on line {@code firstLine} of the cell. */
    record Code(int firstLine, String source) implements Part {
        Code {
            if (firstLine < 1) {
                throw new IllegalArgumentException("firstLine must be >= 1, got " + firstLine);
            }
            Objects.requireNonNull(source, "source");
        }
    }

    /** A line magic such as {@code %jars lib/*.jar} on line {@code line} of the cell. */
    record Magic(int line, String name, String arguments) implements Part {
        Magic {
            if (line < 1) {
                throw new IllegalArgumentException("line must be >= 1, got " + line);
            }
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(arguments, "arguments");
        }
    }

    /** A cell magic such as {@code %%time}, always the first part of a cell. */
    record CellMagic(String name, String arguments) implements Part {
        CellMagic {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(arguments, "arguments");
        }
    }

    private CellParts() {
    }

    /** The parts of {@code cell}; blank code runs are left out. */
    static List<Part> split(String cell) {
        List<Part> parts = new ArrayList<>();
        String[] lines = cell.split("\r?\n", -1);
        StringBuilder code = new StringBuilder();
        int codeStart = 1;
        for (int i = 0; i < lines.length; i++) {
            Matcher cellMagic = CELL_MAGIC_LINE.matcher(lines[i]);
            if (i == 0 && cellMagic.matches()) {
                parts.add(new CellMagic(cellMagic.group(1), cellMagic.group(2)));
                codeStart = 2;
                continue;
            }
            Matcher magic = MAGIC_LINE.matcher(lines[i]);
            if (magic.matches()) {
                addCode(parts, codeStart, code);
                parts.add(new Magic(i + 1, magic.group(1), magic.group(2)));
                code.setLength(0);
                codeStart = i + 2;
            } else {
                code.append(lines[i]).append('\n');
            }
        }
        addCode(parts, codeStart, code);
        return List.copyOf(parts);
    }

    /** {@code cell} with its magic lines turned into spaces, so that code offsets stay where they were. */
    static String withoutMagics(String cell) {
        StringBuilder code = new StringBuilder(cell);
        int lineStart = 0;
        while (lineStart <= cell.length()) {
            int lineEnd = cell.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? cell.length() : lineEnd;
            if (MAGIC_LINE.matcher(cell.substring(lineStart, lineEnd)).matches()) {
                for (int i = lineStart; i < lineEnd; i++) {
                    code.setCharAt(i, ' ');
                }
            }
            lineStart = lineEnd + 1;
        }
        return code.toString();
    }

    /** Whether character {@code offset} of {@code cell} lies on a magic line. */
    static boolean isMagicLine(String cell, int offset) {
        int lineStart = offset == 0 ? 0 : cell.lastIndexOf('\n', offset - 1) + 1;
        int lineEnd = cell.indexOf('\n', offset);
        return MAGIC_LINE.matcher(cell.substring(lineStart, lineEnd < 0 ? cell.length() : lineEnd)).matches();
    }

    private static void addCode(List<Part> parts, int firstLine, StringBuilder code) {
        if (!code.toString().isBlank()) {
            parts.add(new Code(firstLine, code.toString()));
        }
    }
}
