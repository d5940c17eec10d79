package snapfit.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClasspathMagicTest {

    @TempDir
    Path dir;

    @Test
    void resolve_jarsGlob_returnsMatchingJarsSorted() throws IOException {
        Path b = Files.createFile(dir.resolve("b.jar"));
        Path a = Files.createFile(dir.resolve("a.jar"));
        Files.createFile(dir.resolve("notes.txt"));

        assertThat(ClasspathMagic.resolve("jars", dir + "/*")).containsExactly(a, b);
    }

    @Test
    void resolve_classpathWithFolderAndPathSeparator_returnsBoth() throws IOException {
        Path classes = Files.createDirectory(dir.resolve("classes"));
        Path jar = Files.createFile(dir.resolve("x.jar"));

        assertThat(ClasspathMagic.resolve("classpath", classes + ":" + jar)).containsExactly(classes, jar);
    }

    @Test
    void resolve_jarsOnFolder_isRejected() throws IOException {
        Path classes = Files.createDirectory(dir.resolve("classes"));

        assertThatThrownBy(() -> ClasspathMagic.resolve("jars", classes.toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("%jars " + classes + " matched no jar");
    }

    @Test
    void resolve_noArguments_asksForAPath() {
        assertThatThrownBy(() -> ClasspathMagic.resolve("classpath", "  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("%classpath needs a path or glob, e.g. %classpath lib/*.jar");
    }

    @Test
    void jarsMagic_inCell_makesTheJarsClassesUsable() throws Exception {
        Path jar = TestJars.greeterJar(dir, "greeter.jar", "hello from a jar");
        try (CellEvaluator evaluator = new CellEvaluator(List.of(), DisplayRenderers.create(), new CollectedOutput())) {
            Object value = evaluator.eval("%jars " + dir + "/*.jar\ndemo.Greeter.hello()").getData(MIMEType.TEXT_PLAIN);

            assertThat(value).isEqualTo("hello from a jar");
            assertThat(jar).exists();
        }
    }
}
