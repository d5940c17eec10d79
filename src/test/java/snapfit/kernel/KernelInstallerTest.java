package snapfit.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelInstallerTest {

    @TempDir
    Path dataDir;

    @Test
    void install_writesKernelJsonWithAbsolutePaths() throws IOException {
        Path kernelJson = KernelInstaller.install(dataDir, Path.of("/opt/jdk/bin/java"), Path.of("/home/me/snap-fit/lib"));

        assertThat(kernelJson).isEqualTo(dataDir.resolve("kernels/snapfit-java/kernel.json"));
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(kernelJson.toFile())).isEqualTo(json.readTree("""
                {
                  "argv": ["/opt/jdk/bin/java", "-Djava.awt.headless=true", "-cp", "/home/me/snap-fit/lib/*",
                           "snapfit.kernel.SnapfitKernel", "{connection_file}"],
                  "display_name": "Java (snap-fit)",
                  "language": "java",
                  "interrupt_mode": "message",
                  "metadata": {"debugger": false}
                }
                """));
    }

    @Test
    void install_relativePaths_areMadeAbsolute() throws IOException {
        Path kernelJson = KernelInstaller.install(dataDir, Path.of("bin/java"), Path.of("lib"));

        String argv = new ObjectMapper().readTree(kernelJson.toFile()).get("argv").toString();
        assertThat(argv).contains(Path.of("bin/java").toAbsolutePath().toString(),
                Path.of("lib").toAbsolutePath().resolve("*").toString());
    }

    @Test
    void install_twice_rewritesTheSameFileAndLeavesNoTemporaryFiles() throws IOException {
        Path first = KernelInstaller.install(dataDir, Path.of("/old/java"), Path.of("/p/lib"));
        Path second = KernelInstaller.install(dataDir, Path.of("/new/java"), Path.of("/p/lib"));

        assertThat(second).isEqualTo(first);
        assertThat(Files.readString(second)).contains("/new/java").doesNotContain("/old/java");
        try (Stream<Path> files = Files.list(second.getParent())) {
            assertThat(files).containsExactly(second);
        }
    }

    @Test
    void userDataDir_jupyterDataDirSet_usesIt() {
        assertThat(KernelInstaller.userDataDir(Map.of("JUPYTER_DATA_DIR", "/data/jupyter", "XDG_DATA_HOME", "/xdg"), "/home/me"))
                .isEqualTo(Path.of("/data/jupyter"));
    }

    @Test
    void userDataDir_onlyXdgDataHomeSet_usesItsJupyterFolder() {
        assertThat(KernelInstaller.userDataDir(Map.of("XDG_DATA_HOME", "/xdg"), "/home/me")).isEqualTo(Path.of("/xdg/jupyter"));
    }

    @Test
    void userDataDir_nothingSet_usesHomeLocalShare() {
        assertThat(KernelInstaller.userDataDir(Map.of(), "/home/me")).isEqualTo(Path.of("/home/me/.local/share/jupyter"));
    }

    @Test
    void javaBinary_isTheRunningJava() {
        assertThat(KernelInstaller.javaBinary()).isAbsolute().isExecutable()
                .isEqualTo(Path.of(System.getProperty("java.home"), "bin", "java"));
    }
}
