package snapfit.kernel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import snapfit.model.InputFileException;
import snapfit.store.AtomicFile;

/**
 * Registers the snap-fit kernel with Jupyter: writes {@code DATA_DIR/kernels/snapfit-java/kernel.json}
 * whose command line is the absolute path of the running {@code java}, {@code -cp LIB/*} with the
 * absolute {@code lib} folder, and {@link SnapfitKernel}. These paths break when the clone moves, so every
 * launcher ({@code bin/snapfit notebook}, {@code bin/run-notebooks}) installs again first. Idempotent: installing again rewrites the
 * same file (atomically: a temporary file renamed over it). {@code DATA_DIR} is found as jupyter_core
 * finds it on Linux (see {@link #userDataDir}).
 */
public final class KernelInstaller {

    /** The kernel's name: {@code --ExecutePreprocessor.kernel_name=snapfit-java}. */
    public static final String KERNEL_NAME = "snapfit-java";

    /** The name front ends show. */
    public static final String DISPLAY_NAME = "Java (snap-fit)";

    private KernelInstaller() {
    }

    /** Installs the kernelspec for this JVM and this project's {@code lib} into the user's Jupyter data folder. */
    public static Path install() {
        return install(userDataDir(System.getenv(), System.getProperty("user.home")), javaBinary(), KernelPaths.libDir());
    }

    /**
     * Writes the kernelspec into {@code dataDir/kernels/snapfit-java/kernel.json}.
     *
     * @param javaBinary the {@code java} command Jupyter runs, made absolute
     * @param libDir the folder of the project's jars, made absolute
     * @return the written {@code kernel.json}
     * @throws InputFileException if the file cannot be written
     */
    public static Path install(Path dataDir, Path javaBinary, Path libDir) {
        return install(dataDir, javaBinary, libDir.toAbsolutePath().normalize().resolve("*").toString());
    }

    /** Writes a kernelspec whose kernel runs on {@code classpath}, e.g. a test's class path instead of {@code lib/*}. */
    static Path install(Path dataDir, Path javaBinary, String classpath) {
        Path kernelDir = dataDir.resolve("kernels").resolve(KERNEL_NAME);
        Path kernelJson = kernelDir.resolve("kernel.json");
        try {
            AtomicFile.write(kernelJson, out -> new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(out, kernelSpec(javaBinary.toAbsolutePath().normalize(), classpath)));
        } catch (InputFileException e) {
            throw new InputFileException(kernelJson, "cannot write the Jupyter kernelspec (" + e.getMessage()
                    + "); check that the folder is writable or set JUPYTER_DATA_DIR", e);
        }
        return kernelJson;
    }

    /** Jupyter's user data folder on Linux: {@code $JUPYTER_DATA_DIR}, else {@code $XDG_DATA_HOME/jupyter}, else {@code ~/.local/share/jupyter}. */
    static Path userDataDir(Map<String, String> environment, String home) {
        String configured = environment.get("JUPYTER_DATA_DIR");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdgDataHome = environment.get("XDG_DATA_HOME");
        if (xdgDataHome != null && !xdgDataHome.isBlank()) {
            return Path.of(xdgDataHome, "jupyter");
        }
        return Path.of(home, ".local", "share", "jupyter");
    }

    static Path javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    private static Map<String, Object> kernelSpec(Path javaBinary, String classpath) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("argv", List.of(javaBinary.toString(), "-Djava.awt.headless=true",
                "-cp", classpath, SnapfitKernel.class.getName(), "{connection_file}"));
        spec.put("display_name", DISPLAY_NAME);
        spec.put("language", "java");
        // Interrupts arrive as interrupt_request messages, which the kernel handles on its control thread.
        spec.put("interrupt_mode", "message");
        spec.put("metadata", Map.of("debugger", false));
        return spec;
    }
}
