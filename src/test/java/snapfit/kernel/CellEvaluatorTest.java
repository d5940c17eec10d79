package snapfit.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One evaluator for the class: JShell takes seconds to start, and sharing it also tests that state persists. */
class CellEvaluatorTest {

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
    void eval_expression_returnsRenderedValue() throws CellException {
        assertThat(text(evaluator.eval("6 * 7"))).isEqualTo("42");
    }

    @Test
    void eval_statementsOnly_returnsNull() throws CellException {
        assertThat(evaluator.eval("int unused = 1;\nunused++;")).isNull();
    }

    @Test
    void eval_variableFromEarlierCell_isShared() throws CellException {
        evaluator.eval("List<String> names = new ArrayList<>();\nnames.add(\"a\");");
        evaluator.eval("names.add(\"b\");");

        assertThat(text(evaluator.eval("names"))).isEqualTo("[a, b]");
    }

    @Test
    void eval_lastSnippetIsExpression_rendersOnlyThat() throws CellException {
        assertThat(text(evaluator.eval("int base = 10;\nString label = \"x\";\nlabel + base"))).isEqualTo("x10");
    }

    @Test
    void eval_systemOut_isCapturedPerCell() throws CellException {
        evaluator.eval("System.out.println(\"to out\");\nSystem.err.print(\"to err\");");

        assertThat(OUTPUT.stdout()).isEqualTo("to out\n");
        assertThat(OUTPUT.stderr()).isEqualTo("to err");
    }

    @Test
    void eval_startupImports_includeProjectAndLibraryPackages() throws CellException {
        assertThat(evaluator.imports()).contains("import tech.tablesaw.api.*;", "import snapfit.model.*;");
        assertThat(text(evaluator.eval("PieceId.parse(\"s:4\").index()"))).isEqualTo("4");
    }

    @Test
    void eval_projectDir_isTheFolderWithThePom() throws CellException {
        assertThat(text(evaluator.eval("Files.isRegularFile(projectDir.resolve(\"pom.xml\"))"))).isEqualTo("true");
    }

    @Test
    void eval_thrownException_reportsUserClassMessageAndCellLine() {
        assertThatThrownBy(() -> evaluator.eval("int before = 1;\n\nthrow new IllegalStateException(\"bad sheet\");"))
                .isInstanceOfSatisfying(CellException.class, e -> {
                    assertThat(e.errorName()).isEqualTo("java.lang.IllegalStateException");
                    assertThat(e.detail()).isEqualTo("bad sheet");
                    assertThat(e.trace()).singleElement().asString().matches("at line 3 of cell \\[\\d+]");
                });
    }

    @Test
    void eval_exceptionInMethodFromEarlierCell_tracesBothCells() throws CellException {
        evaluator.eval("// checks a count\nint checked(int count) {\n    if (count < 0)\n        throw new IllegalArgumentException(\"negative: \" + count);\n    return count;\n}");

        assertThatThrownBy(() -> evaluator.eval("checked(-2)"))
                .isInstanceOfSatisfying(CellException.class, e -> {
                    assertThat(e.getMessage()).startsWith("java.lang.IllegalArgumentException: negative: -2");
                    assertThat(e.trace()).hasSize(2);
                    assertThat(e.trace().get(0)).matches("at line 4 of cell \\[\\d+] in checked");
                    assertThat(e.trace().get(1)).matches("at line 1 of cell \\[\\d+]");
                });
    }

    @Test
    void eval_nullPointer_messageHasNoJShellWrapperNames() {
        assertThatThrownBy(() -> evaluator.eval("String missing = null;\nmissing.length()"))
                .isInstanceOfSatisfying(CellException.class, e -> {
                    assertThat(e.errorName()).isEqualTo("java.lang.NullPointerException");
                    assertThat(e.detail()).contains("\"missing\" is null").doesNotContain("$JShell$");
                });
    }

    @Test
    void eval_compileError_reportsDiagnosticLineAndSource() {
        assertThatThrownBy(() -> evaluator.eval("int fine = 1;\nint broken = undefinedThing + 1;"))
                .isInstanceOfSatisfying(CellException.class, e -> {
                    assertThat(e.errorName()).isEqualTo("compile error");
                    assertThat(e.detail()).contains("cannot find symbol", "undefinedThing",
                            "at line 2: int broken = undefinedThing + 1;").doesNotContain("location: class");
                });
    }

    @Test
    void eval_incompleteCode_reportsCompileError() {
        assertThatThrownBy(() -> evaluator.eval("for (int i = 0; i < 3; i++) {"))
                .isInstanceOfSatisfying(CellException.class, e -> assertThat(e.getMessage())
                        .startsWith("compile error: incomplete code from line 1: for (int i = 0; i < 3; i++) {"));
    }

    @Test
    void eval_failingSnippet_stopsTheCell() {
        assertThatThrownBy(() -> evaluator.eval("int reached = 1;\nif (true) throw new RuntimeException(\"stop\");\nreached = 2;"))
                .isInstanceOf(CellException.class);

        assertThat(OUTPUT.displays()).isEmpty();
        assertThatCellValue("reached", "1");
    }

    @Test
    void eval_display_showsValueMidCell() throws CellException {
        DisplayData last = evaluator.eval("display(\"first\");\nSystem.out.println(\"between\");\n\"last\"");

        assertThat(OUTPUT.displays()).singleElement().extracting(CellEvaluatorTest::text).isEqualTo("first");
        assertThat(OUTPUT.stdout()).isEqualTo("between\n");
        assertThat(text(last)).isEqualTo("last");
    }

    @Test
    void eval_table_rendersHtmlWithSize() throws CellException {
        DisplayData data = evaluator.eval("Table.create(\"t\", IntColumn.create(\"n\", new int[30]))");

        assertThat((String) data.getData(MIMEType.TEXT_HTML)).contains("<th>n</th>", "30 rows x 1 columns");
    }

    @Test
    void interrupt_busyLoop_stopsCellAndNextCellRuns() throws Exception {
        assertInterruptStops("long spins = 0;\nwhile (true) { spins++; }");
    }

    @Test
    void interrupt_loopSwallowingInterrupts_stopsCellAndNextCellRuns() throws Exception {
        assertInterruptStops("while (true) {\n    try { Thread.sleep(5); } catch (InterruptedException ignored) { }\n}");
    }

    @Test
    void interrupt_sleep_endsCellWithoutWaitingForGrace() throws Exception {
        Duration took = assertInterruptStops("Thread.sleep(60_000);");

        assertThat(took).isLessThan(Duration.ofMillis(CellExecutionControl.STOP_GRACE_MILLIS + 300));
    }

    private static Duration assertInterruptStops(String runaway) throws Exception {
        CompletableFuture<CellException> failure = CompletableFuture.supplyAsync(() -> {
            try {
                evaluator.eval(runaway);
                return null;
            } catch (CellException e) {
                return e;
            }
        });
        Thread.sleep(500);
        assertThat(failure).isNotDone();
        Instant start = Instant.now();
        evaluator.interrupt();

        CellException stopped = failure.get(10, TimeUnit.SECONDS);
        Duration took = Duration.between(start, Instant.now());
        assertThat(stopped).isNotNull();
        assertThat(stopped.errorName()).isEqualTo("interrupted");
        assertThatCellValue("\"alive\"", "alive");
        return took;
    }

    private static void assertThatCellValue(String expression, String expected) {
        try {
            assertThat(text(evaluator.eval(expression))).isEqualTo(expected);
        } catch (CellException e) {
            throw new AssertionError("cell '" + expression + "' failed: " + e.getMessage(), e);
        }
    }
}
