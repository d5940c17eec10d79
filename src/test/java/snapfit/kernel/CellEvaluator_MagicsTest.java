package snapfit.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The magics other than the class path ones (see ClasspathMagicTest), and cells the kernel refuses. */
class CellEvaluator_MagicsTest {

    private static final CollectedOutput OUTPUT = new CollectedOutput();
    private static CellEvaluator evaluator;

    @BeforeAll
    static void startEvaluator() {
        evaluator = new CellEvaluator(CellEvaluator.jvmClasspath(), DisplayRenderers.create(), OUTPUT);
    }

    @AfterAll
    static void closeEvaluator() {
        evaluator.close();
    }

    @BeforeEach
    void clearOutput() {
        OUTPUT.clear();
    }

    private static String text(DisplayData data) {
        return (String) data.getData(MIMEType.TEXT_PLAIN);
    }

    @Test
    void cellTime_printsWallTime_andKeepsTheCellsValue() throws CellException {
        assertThat(text(evaluator.eval("%%time\nint timed = 6;\ntimed * 7"))).isEqualTo("42");
        assertThat(OUTPUT.stdout()).matches("Wall time: \\d+\\.\\d (ms|s)\\n|Wall time: \\d+\\.\\d\\d s\\n");
    }

    @Test
    void lineTime_timesTheRestOfTheLine_andShowsItsValue() throws CellException {
        assertThat(text(evaluator.eval("%time Thread.sleep(20); 5 + 5"))).isEqualTo("10");
        assertThat(OUTPUT.stdout()).startsWith("Wall time: ");
        double millis = Double.parseDouble(OUTPUT.stdout().replaceAll("[^0-9.]", ""));
        assertThat(millis).isGreaterThanOrEqualTo(20);
    }

    @Test
    void load_runsTheFilesCode(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("helpers.jsh"), "int twice(int x) { return 2 * x; }\n");

        evaluator.eval("%load " + file);

        assertThat(text(evaluator.eval("twice(21)"))).isEqualTo("42");
    }

    @Test
    void load_missingFile_isOneLineNamingIt() {
        assertThatThrownBy(() -> evaluator.eval("%load no-such.jsh"))
                .isInstanceOf(CellException.class)
                .hasMessageStartingWith("magic error: %load cannot read ")
                .hasMessageContaining("no-such.jsh (NoSuchFileException)")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void lsmagic_listsEveryMagic() throws CellException {
        evaluator.eval("%lsmagic");

        assertThat(OUTPUT.stdout()).contains("%classpath PATH...", "%jars GLOB...", "%maven GROUP:ARTIFACT:VERSION",
                "%load FILE", "%time CODE", "%lsmagic", "%%time");
    }

    @Test
    void unknownMagic_isOneLineListingTheKnownOnes() {
        assertThatThrownBy(() -> evaluator.eval("int before = 1;\n%timeit 1 + 1"))
                .hasMessage("magic error: unknown magic %timeit; %lsmagic lists the magics: %classpath, %jars, %maven,"
                        + " %load, %time, %lsmagic, %%time (line 2)");
        assertThatThrownBy(() -> evaluator.eval("%%bash\nls")).hasMessageStartingWith("magic error: unknown magic %%bash;");
    }

    @Test
    void maven_malformedCoordinates_isOneLineWithAnExample() {
        assertThatThrownBy(() -> evaluator.eval("%maven commons-text"))
                .hasMessage("magic error: %maven needs group:artifact:version, got 'commons-text';"
                        + " e.g. %maven org.apache.commons:commons-text:1.12.0 (line 1)");
    }

    @Test
    void systemExit_isRefusedBeforeAnythingRuns() throws CellException {
        assertThatThrownBy(() -> evaluator.eval("System.out.println(\"before\");\nSystem.exit(0);"))
                .hasMessage("refused: System.exit would end the kernel, so the code was not run; stop or restart the"
                        + " kernel from Jupyter's Kernel menu instead (line 2)");
        assertThatThrownBy(() -> evaluator.eval("Runnable quit = () -> Runtime.getRuntime().halt(1);"))
                .hasMessageStartingWith("refused: Runtime.halt would end the kernel");
        assertThat(text(evaluator.eval("1 + 1"))).isEqualTo("2");
    }

    @Test
    void arraysAndCollections_areShownByTheirItems_cutAfterTwenty() throws CellException {
        assertThat(text(evaluator.eval("new double[] {0.5, 1.5}"))).isEqualTo("[0.5, 1.5]");
        assertThat(text(evaluator.eval("new int[][] {{1, 2}, {3}}"))).isEqualTo("[[1, 2], [3]]");
        assertThat(text(evaluator.eval("java.util.stream.IntStream.range(0, 100).boxed().toList()")))
                .isEqualTo("[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, ... (100 in all)]");
        assertThat(text(evaluator.eval("new TreeMap<>(Map.of(\"a\", new long[] {7}))"))).isEqualTo("{a=[7]}");
    }
}
