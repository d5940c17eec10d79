package snapfit.kernel;

import io.github.spencerpark.jupyter.kernel.util.GlobFinder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The IJava-compatible magics that extend a kernel's class path: {@code %classpath PATH...} adds
 * jars and class folders, {@code %jars GLOB...} adds jars. Arguments are separated by white space or
 * the platform's path separator; each is a path or a glob ({@code *}, {@code ?}), relative paths
 * resolved against the kernel's working folder (the notebook's folder under Jupyter).
 */
final class ClasspathMagic {

    /** The magic names this class handles. */
    static final List<String> NAMES = List.of("classpath", "jars");

    private static final Pattern SEPARATORS = Pattern.compile("[\\s" + Pattern.quote(File.pathSeparator) + "]+");

    private ClasspathMagic() {
    }

    /**
     * The existing files and folders named by the magic's arguments, absolute, in argument order.
     *
     * @throws IllegalArgumentException if the magic is not one of {@link #NAMES}, has no arguments,
     *     or an argument matches nothing usable
     */
    static List<Path> resolve(String name, String arguments) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("unknown magic %" + name + "; supported: %classpath, %jars");
        }
        List<Path> paths = new ArrayList<>();
        for (String glob : SEPARATORS.split(arguments.strip())) {
            if (glob.isEmpty()) {
                throw new IllegalArgumentException("%" + name + " needs a path or glob, e.g. %" + name + " lib/*.jar");
            }
            List<Path> matches = matches(glob, name.equals("jars"));
            if (matches.isEmpty()) {
                throw new IllegalArgumentException("%" + name + " " + glob + " matched no "
                        + (name.equals("jars") ? "jar" : "jar or folder") + " (working folder "
                        + Path.of("").toAbsolutePath() + ")");
            }
            paths.addAll(matches);
        }
        return List.copyOf(paths);
    }

    private static List<Path> matches(String glob, boolean jarsOnly) {
        List<Path> matches = new ArrayList<>();
        try {
            for (Path path : new GlobFinder(glob).computeMatchingPaths()) {
                boolean jar = Files.isRegularFile(path) && path.getFileName().toString().endsWith(".jar");
                if (jar || (!jarsOnly && Files.isDirectory(path))) {
                    matches.add(path.toAbsolutePath().normalize());
                }
            }
        } catch (NoSuchFileException e) {
            // A glob under a folder that does not exist matches nothing; resolve() says so in one line.
            return List.of();
        } catch (IOException e) {
            throw new IllegalArgumentException("%classpath cannot list the files matching " + glob + ": " + e, e);
        }
        matches.sort(null);
        return matches;
    }
}
