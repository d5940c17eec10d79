package snapfit.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import snapfit.pipeline.Ingestion;
import snapfit.pipeline.Matching;
import snapfit.puzzle.SheetLoadListener;
import snapfit.store.CacheLayout;

/** Running a step again gives the same cache: no duplicate sheets, pieces or matches. */
class IdempotenceTest {

    @TempDir
    Path dir;

    private Path root;
    private Path cache;

    @BeforeEach
    void copyPuzzle() {
        root = TestPuzzle.copyInto(dir);
        cache = TestPuzzle.cache(root);
    }

    @Test
    void ingestAndMatch_sameFolderAgain_sameFilesAndRows() throws IOException {
        Map<String, String> filesBefore = filesWithoutTimestamps();
        CacheRows rowsBefore = CacheRows.of(CacheLayout.database(cache));

        Ingestion.ingest(TestPuzzle.sheets(root), cache, TestPuzzle.ingestOptions(TestPuzzle.sheets(root), root),
                SheetLoadListener.NONE);
        CacheRows rowsAfterIngest = CacheRows.of(CacheLayout.database(cache));
        Matching.match(cache, TestPuzzle.matchOptions());

        assertThat(rowsAfterIngest.sheets()).isEqualTo(rowsBefore.sheets());
        assertThat(rowsAfterIngest.pieces()).hasSameSizeAs(rowsBefore.pieces());
        assertThat(filesWithoutTimestamps()).isEqualTo(filesBefore);
        assertThat(CacheRows.of(CacheLayout.database(cache))).isEqualTo(rowsBefore);
    }

    @Test
    void match_runTwice_sameRows() {
        CacheRows first = CacheRows.of(CacheLayout.database(cache));

        Matching.match(cache, TestPuzzle.matchOptions());

        assertThat(first.matches()).isNotEmpty();
        assertThat(CacheRows.of(CacheLayout.database(cache))).isEqualTo(first);
    }

    @Test
    void match_incrementalAfterFull_addsNothing() {
        CacheRows first = CacheRows.of(CacheLayout.database(cache));

        Matching.match(cache, TestPuzzle.matchOptions().withIncremental(true));

        assertThat(CacheRows.of(CacheLayout.database(cache))).isEqualTo(first);
    }

    /** Every cache file but the database, by relative path, with metadata.json's created_at values blanked. */
    private Map<String, String> filesWithoutTimestamps() throws IOException {
        Map<String, String> files = new TreeMap<>(CacheSnapshot.of(cache).files());
        files.remove("dataset.db");
        String metadata = Files.readString(CacheLayout.metadata(cache))
                .replaceAll("\"created_at\": \"[^\"]*\"", "\"created_at\": \"\"");
        files.put("metadata.json", CacheSnapshot.sha256(metadata.getBytes()));
        return files;
    }
}
