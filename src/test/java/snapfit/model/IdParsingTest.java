package snapfit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IdParsingTest {

    @Test
    void pieceIdParse_validText_roundTripsThroughToString() {
        PieceId id = PieceId.parse("back_03:2");

        assertThat(id).isEqualTo(new PieceId("back_03", 2));
        assertThat(id.toString()).isEqualTo("back_03:2");
    }

    @Test
    void segmentIdParse_validText_roundTripsThroughToString() {
        SegmentId id = SegmentId.parse("back_03:2:left");

        assertThat(id).isEqualTo(new SegmentId(new PieceId("back_03", 2), EdgePos.LEFT));
        assertThat(id.toString()).isEqualTo("back_03:2:left");
    }

    @Test
    void pieceIdParse_sheetWithSpacesAndQuotes_isKept() {
        assertThat(PieceId.parse("it's sheet 1:0").sheetId()).isEqualTo("it's sheet 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "back_03", "back_03:", ":2", "back_03:x", "back_03:-1", "a:b:2", "../x:1",
            "back_03:99999999999"})
    void pieceIdParse_malformed_namesTheTextAndTheExpectedForm(String text) {
        assertThatThrownBy(() -> PieceId.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"back_03:2", "back_03:2:middle", "back_03:x:left", "back_03:2:LEFT", ":2:left"})
    void segmentIdParse_malformed_namesTheTextAndAnExample(String text) {
        assertThatThrownBy(() -> SegmentId.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(text)
                .hasMessageContaining("back_03:2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", ".", "a/b", "a\\b", "tab\there"})
    void pieceId_sheetIdThatCouldEscapeTheCache_isRefused(String sheetId) {
        assertThatThrownBy(() -> new PieceId(sheetId, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rename the photo");
    }

    @Test
    void segmentIds_sortBySheetThenIndexThenEdgeOrder() {
        assertThat(SegmentId.parse("a:2:left")).isLessThan(SegmentId.parse("a:10:left"));
        assertThat(SegmentId.parse("a:2:left")).isLessThan(SegmentId.parse("a:2:bottom"));
        assertThat(SegmentId.parse("a:9:top")).isLessThan(SegmentId.parse("b:0:left"));
    }
}
