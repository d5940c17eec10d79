package snapfit.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Python snippets with Debian's {@code /usr/bin/python3} and its numpy; tests skip when either is absent. */
final class DebianNumpy {

    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static Boolean available;

    private DebianNumpy() {
    }

    /** Skips the calling test unless {@code /usr/bin/python3 -c 'import numpy'} works. */
    static synchronized void assumeAvailable() {
        if (available == null) {
            available = Files.isExecutable(PYTHON) && exitCode("import numpy") == 0;
        }
        assumeTrue(available, "needs /usr/bin/python3 with numpy (apt-get install python3-numpy)");
    }

    /** Runs {@code script} with {@code args} as {@code sys.argv[1:]} and returns its standard output. */
    static String run(String script, String... args) {
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), "-c", script));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("python failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new AssertionError("cannot run " + PYTHON, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static int exitCode(String script) {
        try {
            Process process = new ProcessBuilder(PYTHON.toString(), "-c", script).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(60, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
