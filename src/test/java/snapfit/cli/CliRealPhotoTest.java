package snapfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import snapfit.store.CacheLayout;
import snapfit.store.MetadataFile;
import snapfit.testing.SharedData;

/** The user story on the real photo: ingest, match, query the best partners of a piece's edges. */
class CliRealPhotoTest {

    @Test
    void ingestMatchQuery_realPhoto_sixPiecesAndRankedPartners(@TempDir Path folder) throws Exception {
        Path photo = SharedData.realPhoto("back_03.jpg");
        Path photos = Files.createDirectories(folder.resolve("photos"));
        Files.copy(photo, photos.resolve("back_03.jpg"));
        Path cache = folder.resolve("cache");

        assertThat(CliRun.of("ingest", "--images", photos, "--cache", cache).out()).contains("1 sheet, 6 pieces");
        assertThat(CliRun.of("match", "--cache", cache).exitCode()).isZero();
        CliRun query = CliRun.of("query", "--cache", cache, "--piece", "back_03:2", "--limit", 5);

        assertThat(MetadataFile.read(CacheLayout.metadata(cache)).pieces()).hasSize(6);
        assertThat(MetadataFile.read(CacheLayout.metadata(cache)).sheets().get(0).imgPath())
                .isEqualTo("photos/back_03.jpg");
        List<String> rows = query.out().lines().skip(1).toList();
        assertThat(rows).hasSize(5).allMatch(row -> row.split("\\s+")[1].startsWith("back_03:2:"));
    }
}
