package snapfit.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernel as Jupyter's own client sees it: runs {@code src/test/python/kernel_protocol_check.py} with
 * Debian's Python (whose {@code jupyter_client} the notebooks use too), which starts the kernel on this test's
 * class path and asserts completion, inspection, is_complete, %maven, %%time and a %classpath error. Skipped
 * where jupyter_client is missing. %maven needs Maven Central or the artifact already in ~/.m2.
 */
class KernelProtocolTest {

    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @Test
    void kernel_answersAJupyterClient_asEachCheckExpects(@TempDir Path workingFolder) throws Exception {
        assumeTrue(run(workingFolder, PYTHON.toString(), "-c", "import jupyter_client").exitCode() == 0,
                "Debian's jupyter_client is missing: apt-get install jupyter-client");
        Path script = KernelPaths.projectDir().resolve("src/test/python/kernel_protocol_check.py");

        Result result = run(workingFolder, PYTHON.toString(), script.toString(), KernelInstaller.javaBinary().toString(),
                System.getProperty("java.class.path"));

        assertThat(result.output()).as("the checks' report").contains(
                "ok completion of \"abc\".sub", "ok completion of snapfit.puzzle.Sh", "ok inspection of String.substring",
                "ok is_complete on a statement", "ok is_complete on an open block", "ok a class %maven added",
                "ok %%time", "ok %classpath error in one line", "ok System.exit refused");
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    private record Result(int exitCode, String output) {
    }

    /** Runs {@code command} to its end; the script bounds every request it makes with its own timeout. */
    private static Result run(Path folder, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }
}
