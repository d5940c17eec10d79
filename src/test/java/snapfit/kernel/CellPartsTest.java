package snapfit.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellPartsTest {

    @Test
    void split_codeOnly_oneCodePartFromLine1() {
        assertThat(CellParts.split("int a = 1;\nint b = 2;"))
                .containsExactly(new CellParts.Code(1, "int a = 1;\nint b = 2;\n"));
    }

    @Test
    void split_magicBetweenCode_keepsOrderAndLines() {
        assertThat(CellParts.split("int a = 1;\n  %jars lib/*.jar  \n\nint b = 2;\n%classpath x:y"))
                .containsExactly(
                        new CellParts.Code(1, "int a = 1;\n"),
                        new CellParts.Magic(2, "jars", "lib/*.jar"),
                        new CellParts.Code(3, "\nint b = 2;\n"),
                        new CellParts.Magic(5, "classpath", "x:y"));
    }

    @Test
    void split_blankCell_noParts() {
        assertThat(CellParts.split("  \n\n")).isEmpty();
    }

    @Test
    void split_percentInsideExpression_staysCode() {
        assertThat(CellParts.split("int r = 7\n    % 3;"))
                .containsExactly(new CellParts.Code(1, "int r = 7\n    % 3;\n"));
    }
}
