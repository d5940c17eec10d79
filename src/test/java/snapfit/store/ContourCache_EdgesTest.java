package snapfit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import snapfit.model.CornerIndices;
import snapfit.model.PieceId;
import snapfit.puzzle.Contour;

/** The sub-pixel edges kept beside the contours, in a file of their own so the contour file stays upstream's. */
class ContourCache_EdgesTest {

    private static final PieceId PIECE = new PieceId("back_03", 0);
    private static final int[] DIAMOND = {100, 90, 90, 100, 100, 110, 110, 100};
    private static final float[] DIAMOND_EDGE = {100.2f, 89.3f, 89.4f, 100.1f, 99.9f, 110.6f, 110.5f, 99.8f};
    private static final CornerIndices CORNERS = new CornerIndices(0, 1, 2, 3);

    @TempDir
    Path cache;

    @Test
    void loadSheet_afterWritingContourWithEdge_sameEdgeAndContourFileUnchanged() {
        PieceContour traced = new PieceContour(Contour.traced(DIAMOND, DIAMOND_EDGE), CORNERS);

        ContourCache.writeSheet(cache, "back_03", Map.of(PIECE, traced));

        assertThat(ContourCache.loadSheet(cache, "back_03")).containsExactly(Map.entry(PIECE, traced));
        assertThat(Npz.read(CacheLayout.contours(cache, "back_03"))).containsOnlyKeys("contour_back_03:0");
        assertThat(Npz.read(CacheLayout.edges(cache, "back_03")).get("edge_back_03:0"))
                .isEqualTo(NpyArray.ofFloat32(new int[] {4, 1, 2}, DIAMOND_EDGE));
    }

    @Test
    void writeSheet_againWithoutEdges_removesTheStaleEdgesFile() {
        ContourCache.writeSheet(cache, "back_03", Map.of(PIECE, new PieceContour(Contour.traced(DIAMOND, DIAMOND_EDGE), CORNERS)));

        PieceContour pixelsOnly = new PieceContour(Contour.ofInterleaved(DIAMOND), CORNERS);
        ContourCache.writeSheet(cache, "back_03", Map.of(PIECE, pixelsOnly));

        assertThat(CacheLayout.edges(cache, "back_03")).doesNotExist();
        assertThat(ContourCache.loadSheet(cache, "back_03").get(PIECE)).isEqualTo(pixelsOnly);
    }

    @Test
    void loadSheet_edgeOfAnotherLength_namesTheEdgesFileAndShape() {
        ContourCache.writeSheet(cache, "back_03", Map.of(PIECE, new PieceContour(Contour.traced(DIAMOND, DIAMOND_EDGE), CORNERS)));
        LinkedHashMap<String, NpyArray> edges = new LinkedHashMap<>();
        edges.put("edge_back_03:0", NpyArray.ofFloat32(new int[] {3, 1, 2}, new float[6]));
        Npz.write(CacheLayout.edges(cache, "back_03"), edges);

        assertThatThrownBy(() -> ContourCache.loadSheet(cache, "back_03"))
                .isInstanceOf(NpzArrayException.class)
                .hasMessageContaining("back_03_edges.npz")
                .hasMessageContaining("float32 of shape (4, 1, 2)");
    }

    @Test
    void loadSheet_edgeOfNoContour_isNotLookedAt() {
        ContourCache.writeSheet(cache, "back_03", Map.of(PIECE, new PieceContour(Contour.traced(DIAMOND, DIAMOND_EDGE), CORNERS)));
        LinkedHashMap<String, NpyArray> edges = new LinkedHashMap<>();
        edges.put("edge_back_03:7", NpyArray.ofFloat32(new int[] {4, 1, 2}, DIAMOND_EDGE));
        Npz.write(CacheLayout.edges(cache, "back_03"), edges);

        assertThat(ContourCache.loadSheet(cache, "back_03").get(PIECE).contour().hasEdge()).isFalse();
    }

    @Test
    void loadSheet_edgeNotFinite_isRefused() {
        float[] broken = DIAMOND_EDGE.clone();
        broken[3] = Float.NaN;
        LinkedHashMap<String, NpyArray> edges = new LinkedHashMap<>();
        edges.put("edge_back_03:0", NpyArray.ofFloat32(new int[] {4, 1, 2}, broken));
        ContourCache.writeSheet(cache, "back_03", Map.of(PIECE, new PieceContour(Contour.ofInterleaved(DIAMOND), CORNERS)));
        Npz.write(CacheLayout.edges(cache, "back_03"), edges);

        assertThatThrownBy(() -> ContourCache.loadSheet(cache, "back_03"))
                .isInstanceOf(NpzArrayException.class)
                .hasMessageContaining("not finite");
    }
}
