package snapfit.kernel;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the running snap-fit code lives. {@code mvn package} puts the project jar and its
 * dependencies in {@code PROJECT/lib/}; tests run from {@code PROJECT/target/classes/}.
 */
public final class KernelPaths {

    private KernelPaths() {
    }

    /**
     * The project folder: the parent of {@code lib/} when running from {@code lib/snapfit.jar}, the
     * parent of {@code target/} when running from {@code target/classes}. Notebooks resolve data
     * against it, because Jupyter starts the kernel in the notebook's folder and the in-process runner
     * in the project folder.
     *
     * @throws IllegalStateException if the code runs from anywhere else
     */
    public static Path projectDir() {
        Path code = codeLocation();
        Path parent = code.getParent();
        if (Files.isRegularFile(code) && parent != null && parent.getFileName().toString().equals("lib")) {
            return parent.getParent();
        }
        if (Files.isDirectory(code) && parent != null && parent.getFileName().toString().equals("target")) {
            return parent.getParent();
        }
        throw new IllegalStateException("snap-fit runs from " + code
                + ", neither PROJECT/lib/snapfit.jar nor PROJECT/target/classes; run 'mvn package' and start it with -cp 'lib/*'");
    }

    /** The folder of the project's jars, {@code PROJECT/lib}; it need not exist yet. */
    public static Path libDir() {
        return projectDir().resolve("lib");
    }

    private static Path codeLocation() {
        try {
            return Path.of(KernelPaths.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath().normalize();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot tell where the snap-fit classes were loaded from", e);
        }
    }
}
