package snapfit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import snapfit.model.SheetBoard;
import snapfit.model.SheetIdentity;

/** A board sheet's identity and homography, and its pieces' slot labels, read back from {@code dataset.db}. */
class MatchStore_BoardFieldsTest {

    @TempDir
    Path dir;

    @Test
    void metadata_afterIngestOfBoardSheet_returnsIdentityHomographyAndLabels() {
        Metadata ingested = new Metadata(
                List.of(StoreFixtures.sheet("box_01", 2).withBoard(new SheetIdentity("box", 1, 4, "cfg", "2026-12-06"),
                        new SheetBoard(List.of(0.3, 0.01, -2.5, -0.01, 0.31, 4.0, 1e-5, -2e-5, 1.0), 4.5)),
                        StoreFixtures.sheet("plain", 1)),
                List.of(StoreFixtures.edgePiece("box_01", 0).withLabel("A1"),
                        StoreFixtures.cornerPiece("box_01", 1).withLabel("C4"), StoreFixtures.edgePiece("plain", 0)));
        try (MatchStore store = MatchStore.open(dir.resolve("dataset.db"))) {
            store.ingest(ingested);

            Metadata read = store.metadata();

            assertThat(read.sheets()).containsExactlyElementsOf(ingested.sheets());
            assertThat(read.pieces()).containsExactlyElementsOf(ingested.pieces());
        }
    }
}
