package snapfit.store;

import snapfit.model.CornerIndices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import snapfit.model.InputFileException;
import snapfit.model.PieceId;
import snapfit.puzzle.Contour;

class ContourCacheTest {

    private static final PieceId PIECE_0 = new PieceId("back_03", 0);
    private static final PieceId PIECE_10 = new PieceId("back_03", 10);
    private static final PieceContour SQUARE = new PieceContour(
            new Contour(new int[] {10, 10, 10, 60, 60, 60}, new int[] {10, 35, 60, 60, 35, 10}),
            CornerIndices.of(new int[] {0, 2, 3, 5}));
    private static final PieceContour DIAMOND = new PieceContour(
            new Contour(new int[] {100, 90, 100, 110}, new int[] {90, 100, 110, 100}),
            new CornerIndices(0, 1, 2, 3));

    @TempDir
    Path cache;

    @Test
    void loadSheet_afterWriteSheet_returnsEqualPiecesInIndexOrder() {
        ContourCache.writeSheet(cache, "back_03", Map.of(PIECE_10, DIAMOND, PIECE_0, SQUARE));

        Map<PieceId, PieceContour> loaded = ContourCache.loadSheet(cache, "back_03");

        assertThat(loaded).containsExactly(Map.entry(PIECE_0, SQUARE), Map.entry(PIECE_10, DIAMOND));
    }

    @Test
    void writeSheet_writesDesignFileNamesAndCornersJson() throws IOException {
        ContourCache.writeSheet(cache, "back_03", Map.of(PIECE_0, SQUARE));

        assertThat(cache.resolve("contours/back_03_contours.npz")).isRegularFile();
        MetadataFileTest.assertSameJson(Files.readString(cache.resolve("contours/back_03_corners.json")), """
                {"back_03:0": {"top_left": 0, "bottom_left": 2, "bottom_right": 3, "top_right": 5}}""");
    }

    @Test
    void loadContourForPiece_writtenPiece_returnsIt() {
        ContourCache.writeSheet(cache, "back_03", Map.of(PIECE_0, SQUARE, PIECE_10, DIAMOND));

        assertThat(ContourCache.loadContourForPiece(PIECE_10, cache)).isEqualTo(DIAMOND);
    }

    @Test
    void loadContourForPiece_pieceNotInSheet_namesArrayKey() {
        ContourCache.writeSheet(cache, "back_03", Map.of(PIECE_0, SQUARE));

        assertThatThrownBy(() -> ContourCache.loadContourForPiece(new PieceId("back_03", 4), cache))
                .isInstanceOf(NpzArrayException.class)
                .hasMessageContaining("contour_back_03:4");
    }

    @Test
    void writeSheet_pieceOfAnotherSheet_isRefused() {
        assertThatThrownBy(() -> ContourCache.writeSheet(cache, "back_03", Map.of(new PieceId("other", 0), SQUARE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("other:0");
    }

    @Test
    void loadSheet_cornersMissingForAPiece_namesPieceAndFix() throws IOException {
        ContourCache.writeSheet(cache, "back_03", Map.of(PIECE_0, SQUARE, PIECE_10, DIAMOND));
        Files.writeString(cache.resolve("contours/back_03_corners.json"), """
                {"back_03:0": {"top_left": 0, "bottom_left": 2, "bottom_right": 3, "top_right": 5}}""");

        assertThatThrownBy(() -> ContourCache.loadSheet(cache, "back_03"))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("back_03_corners.json")
                .hasMessageContaining("back_03:10")
                .hasMessageContaining("snapfit ingest");
    }

    @Test
    void loadSheet_cornersForUnknownPiece_namesIt() throws IOException {
        ContourCache.writeSheet(cache, "back_03", Map.of(PIECE_0, SQUARE));
        Files.writeString(cache.resolve("contours/back_03_corners.json"), """
                {"back_03:0": {"top_left": 0, "bottom_left": 2, "bottom_right": 3, "top_right": 5},
                 "back_03:7": {"top_left": 0, "bottom_left": 1, "bottom_right": 2, "top_right": 3}}""");

        assertThatThrownBy(() -> ContourCache.loadSheet(cache, "back_03"))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("'back_03:7'")
                .hasMessageContaining("contour_back_03:7");
    }

    @Test
    void loadSheet_cornerIndexBeyondContour_namesPieceAndIndex() throws IOException {
        ContourCache.writeSheet(cache, "back_03", Map.of(PIECE_10, DIAMOND));
        Files.writeString(cache.resolve("contours/back_03_corners.json"), """
                {"back_03:10": {"top_left": 0, "bottom_left": 1, "bottom_right": 2, "top_right": 4}}""");

        assertThatThrownBy(() -> ContourCache.loadSheet(cache, "back_03"))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("back_03:10")
                .hasMessageContaining("index 4 is outside the contour of 4 points");
    }

    @Test
    void loadSheet_arrayOfWrongShape_namesKeyAndExpectedShape() {
        ContourCache.writeSheet(cache, "back_03", Map.of(PIECE_0, SQUARE));
        LinkedHashMap<String, NpyArray> arrays = new LinkedHashMap<>();
        arrays.put("contour_back_03:0", NpyArray.ofInt32(new int[] {4, 2}, new int[8]));
        Npz.write(CacheLayout.contours(cache, "back_03"), arrays);

        assertThatThrownBy(() -> ContourCache.loadSheet(cache, "back_03"))
                .isInstanceOf(NpzArrayException.class)
                .hasMessageContaining("contour_back_03:0")
                .hasMessageContaining("(N, 1, 2)");
    }

    @Test
    void loadSheet_arrayOfAnotherSheet_isRefused() {
        ContourCache.writeSheet(cache, "back_03", Map.of(PIECE_0, SQUARE));
        LinkedHashMap<String, NpyArray> arrays = new LinkedHashMap<>();
        arrays.put("contour_back_04:0", NpyArray.ofInt32(new int[] {4, 1, 2}, new int[8]));
        Npz.write(CacheLayout.contours(cache, "back_03"), arrays);

        assertThatThrownBy(() -> ContourCache.loadSheet(cache, "back_03"))
                .isInstanceOf(NpzArrayException.class)
                .hasMessageContaining("contour_back_04:0")
                .hasMessageContaining("contour_back_03:INDEX");
    }

    @Test
    void writeSheet_loadsInNumpyAsOpenCvContours() {
        DebianNumpy.assumeAvailable();
        ContourCache.writeSheet(cache, "back_03", Map.of(PIECE_0, SQUARE));

        String output = DebianNumpy.run("""
                import sys, json, numpy as np
                contours = np.load(sys.argv[1] + "/contours/back_03_contours.npz")
                corners = json.load(open(sys.argv[1] + "/contours/back_03_corners.json"))
                c = contours["contour_back_03:0"]
                print(c.dtype, c.shape, c[corners["back_03:0"]["bottom_right"]].tolist())
                """, cache.toString());

        assertThat(output.strip()).isEqualTo("int32 (6, 1, 2) [[60, 60]]");
    }
}
