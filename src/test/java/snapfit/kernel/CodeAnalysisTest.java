package snapfit.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CodeAnalysisTest {

    private static CellEvaluator evaluator;
    private static CodeAnalysis analysis;

    @BeforeAll
    static void startEvaluator() {
        evaluator = new CellEvaluator(CellEvaluator.jvmClasspath(), DisplayRenderers.create(), new CollectedOutput());
        analysis = evaluator.analysis();
    }

    @AfterAll
    static void closeEvaluator() {
        evaluator.close();
    }

    @Test
    void complete_stringMethodPrefix_offersTheMethodsFromTheDot() {
        CodeAnalysis.Completions completions = analysis.complete("\"abc\".sub", 9);

        assertThat(completions.replacements()).containsExactlyInAnyOrder("subSequence(", "substring(");
        assertThat(completions.from()).isEqualTo(6);
        assertThat(completions.cursor()).isEqualTo(9);
    }

    @Test
    void complete_inLaterSnippetAfterAMagic_offsetsCountFromTheCellStart() {
        String cell = "%lsmagic\nint x = 1;\nsnapfit.puzzle.SheetMan";

        CodeAnalysis.Completions completions = analysis.complete(cell, cell.length());

        assertThat(completions.replacements()).containsExactly("SheetManager");
        assertThat(completions.from()).isEqualTo(cell.indexOf("SheetMan"));
    }

    @Test
    void complete_onAMagicLine_offersNothing() {
        assertThat(analysis.complete("%jars li", 8).replacements()).isEmpty();
    }

    @Test
    void inspect_jdkMethodName_givesItsOverloads() {
        assertThat(analysis.inspect("Math.abs", 6)).contains("int Math.abs(int a)", "double Math.abs(double a)");
    }

    @Test
    void inspect_snapfitMethod_givesItsSignature() {
        assertThat(analysis.inspect("PieceId.parse", 10)).isEqualTo("PieceId snapfit.model.PieceId.parse(String text)");
    }

    @Test
    void plainText_javadocWithTags_keepsTheWords() {
        assertThat(CodeAnalysis.plainText(" Returns the {@code int} value.<p>\n <pre>abs(-1)</pre> see {@link Math#max max} "))
                .isEqualTo("Returns the int value.\n abs(-1) see Math#max max");
    }

    @Test
    void inspect_nothingThere_isEmpty() {
        assertThat(analysis.inspect("   ", 1)).isEmpty();
    }

    @Test
    void isComplete_byCode_answersAsJupyterExpects() {
        assertThat(analysis.isComplete("int x = 1;\nx + 1")).isEqualTo(CodeAnalysis.COMPLETE);
        assertThat(analysis.isComplete("%%time\nMath.max(1, 2)")).isEqualTo(CodeAnalysis.COMPLETE);
        assertThat(analysis.isComplete("int y = 1;\nfor (int i = 0; i < 3; i++) {")).isEqualTo(CodeAnalysis.INCOMPLETE_INDENT);
        assertThat(analysis.isComplete("int z = ;)")).isEqualTo(CodeAnalysis.INVALID);
    }
}
