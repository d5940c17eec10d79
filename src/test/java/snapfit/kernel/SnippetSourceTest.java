package snapfit.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SnippetSourceTest {

    private static final String CELL = "int a = 1;\n\n// why\n/* more\n   why */\nint b =\n    a + 1;";

    @Test
    void in_snippetAfterBlankLinesAndComments_codeLineIsFirstCodeLine() {
        int offset = CELL.indexOf('\n') + 1;

        SnippetSource snippet = SnippetSource.in(CELL, offset, 3, CELL.substring(offset));

        assertThat(snippet.startLine()).isEqualTo(4);
        assertThat(snippet.codeLine()).isEqualTo(8);
    }

    @Test
    void cellLineOf_offsetOnSecondLineOfStatement_countsFromStartLine() {
        SnippetSource snippet = new SnippetSource("\nint b =\n    a + 1;", 5, 6);
        int offset = snippet.source().indexOf("a + 1");

        assertThat(snippet.cellLineOf(offset)).isEqualTo(7);
        assertThat(snippet.sourceLineAt(offset)).isEqualTo("a + 1;");
    }

    @Test
    void constructor_codeLineBeforeStartLine_isRejected() {
        assertThatThrownBy(() -> new SnippetSource("x", 3, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("need 1 <= startLine <= codeLine, got 3, 2");
    }
}
