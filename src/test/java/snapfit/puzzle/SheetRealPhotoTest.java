package snapfit.puzzle;

import snapfit.testing.SharedData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import snapfit.model.EdgePos;
import snapfit.model.PieceType;
import snapfit.model.PixelBox;
import snapfit.vision.PieceDetectionConfig;

/** The one real photo: 6 pieces on light paper, annotated by eye in back_03.truth.json. */
class SheetRealPhotoTest {

    @Test
    void load_back03_findsSixPiecesWithAnnotatedShapesAndTypes() throws IOException {
        Path photo = SharedData.realPhoto("back_03.jpg");
        JsonNode truth = new ObjectMapper().readTree(photo.resolveSibling("back_03.truth.json").toFile());

        Sheet sheet = Sheet.load(photo, PieceDetectionConfig.defaults());

        assertThat(sheet.id()).isEqualTo("back_03");
        assertThat(sheet.pieces()).hasSize(truth.get("expected_piece_count").asInt());
        for (JsonNode annotation : truth.get("pieces")) {
            JsonNode box = annotation.get("box");
            double centerX = box.get(0).asInt() + box.get(2).asInt() / 2.0;
            double centerY = box.get(1).asInt() + box.get(3).asInt() / 2.0;
            Piece piece = nearest(sheet, centerX, centerY);
            assertThat(Math.hypot(piece.boundingBox().centerX() - centerX, piece.boundingBox().centerY() - centerY))
                    .as("box centre of the piece matched to %s", box).isLessThan(20);
            for (EdgePos edge : EdgePos.values()) {
                assertThat(piece.shapes().get(edge).value()).as("%s %s", piece.id(), edge)
                        .isEqualTo(annotation.get("shapes").get(edge.value()).asText());
            }
            assertThat(piece.orientedType().pieceType().name().toLowerCase()).as("%s type", piece.id())
                    .isEqualTo(annotation.get("type").asText());
        }
    }

    @Test
    void load_back03_piecesInReadingOrder() {
        Sheet sheet = Sheet.load(SharedData.realPhoto("back_03.jpg"), PieceDetectionConfig.defaults());

        // The annotated boxes' left edges, in reading order; the band removal may move a left side by a few pixels.
        int[] annotatedX = {672, 1642, 2707, 713, 1656, 2758};
        assertThat(sheet.pieces()).hasSize(annotatedX.length);
        for (int index = 0; index < annotatedX.length; index++) {
            assertThat(sheet.pieces().get(index).boundingBox().x()).as("piece %d", index)
                    .isCloseTo(annotatedX[index], within(5));
        }
        assertThat(sheet.pieces()).allSatisfy(piece -> assertThat(piece.orientedType().pieceType())
                .isEqualTo(PieceType.INNER));
    }

    private static Piece nearest(Sheet sheet, double x, double y) {
        Piece best = null;
        for (Piece piece : sheet.pieces()) {
            PixelBox box = piece.boundingBox();
            if (best == null || Math.hypot(box.centerX() - x, box.centerY() - y)
                    < Math.hypot(best.boundingBox().centerX() - x, best.boundingBox().centerY() - y)) {
                best = piece;
            }
        }
        return best;
    }
}
