package snapfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import snapfit.model.MatchResult;
import snapfit.store.CacheLayout;
import snapfit.store.MatchStore;
import snapfit.store.MatchesFile;

/** generate -> ingest -> match -> query -> evaluate through the command line, on a small clean puzzle. */
class CliWorkflowTest {

    @TempDir
    static Path folder;

    static Path cache;

    @BeforeAll
    static void generateIngestAndMatch() {
        assertThat(CliRun.of("generate", "--out", folder.resolve("puzzle"), "--rows", 2, "--cols", 3, "--clean",
                "--seed", 3).exitCode()).isZero();
        cache = folder.resolve("puzzle/cache");
        CliRun ingest = CliRun.of("ingest", "--images", folder.resolve("puzzle/sheets"), "--cache", cache);
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        CliRun match = CliRun.of("match", "--cache", cache, "--json");
        assertThat(match.exitCode()).as(match.err()).isZero();
    }

    @Test
    void ingestAndMatch_writeEveryCacheFile() {
        assertThat(CacheLayout.metadata(cache)).isRegularFile();
        assertThat(CacheLayout.contours(cache, "sheet_00")).isRegularFile();
        assertThat(CacheLayout.corners(cache, "sheet_00")).isRegularFile();
        assertThat(CacheLayout.database(cache)).isRegularFile();
        assertThat(CacheLayout.matchesJson(cache)).isRegularFile();
    }

    @Test
    void matchJson_holdsTheSameMatchesAsTheDatabase() {
        List<MatchResult> fromJson = MatchesFile.read(CacheLayout.matchesJson(cache));
        try (MatchStore store = MatchStore.open(CacheLayout.database(cache))) {
            assertThat(fromJson).hasSize((int) store.count()).containsExactlyInAnyOrderElementsOf(
                    store.top(Integer.MAX_VALUE));
        }
    }

    @Test
    void queryPiece_listsItsEdgesFirstBestFirst() {
        CliRun query = CliRun.of("query", "--cache", cache, "--piece", "sheet_00:0", "--limit", 3);

        assertThat(query.exitCode()).isZero();
        List<String> rows = query.out().lines().skip(1).toList();
        assertThat(rows).hasSize(3).allMatch(row -> row.split("\\s+")[1].startsWith("sheet_00:0:"));
        double first = Double.parseDouble(rows.get(0).split("\\s+")[3]);
        double last = Double.parseDouble(rows.get(2).split("\\s+")[3]);
        assertThat(first).isLessThanOrEqualTo(last);
    }

    @Test
    void matchKeepBest_recordsKAndQueriesSayWhatMayBeMissing() {
        Path pruned = folder.resolve("pruned-cache");
        assertThat(CliRun.of("ingest", "--images", folder.resolve("puzzle/sheets"), "--cache", pruned).exitCode())
                .isZero();

        CliRun match = CliRun.of("match", "--cache", pruned, "--keep-best", 2);
        CliRun query = CliRun.of("query", "--cache", pruned, "--piece", "sheet_00:0", "--limit", 5);
        CliRun otherK = CliRun.of("match", "--cache", pruned, "--incremental", "--keep-best", 3);

        assertThat(match.exitCode()).as(match.err()).isZero();
        assertThat(match.out()).contains("kept each edge's best 2 partners");
        assertThat(query.exitCode()).isZero();
        assertThat(query.out().lines().skip(1).count()).isBetween(2L, 5L);
        assertThat(query.err()).contains("keeps each edge's best 2 partners");
        assertThat(otherK.exitCode()).isEqualTo(1);
        assertThat(otherK.err()).contains("keep the best 2 partners per segment").contains("without --incremental");
    }

    @Test
    void evaluate_cleanPuzzle_findsEverythingAndRanksTruePartnersFirst() {
        CliRun evaluate = CliRun.of("evaluate", "--cache", cache, "--truth", folder.resolve("puzzle/truth.json"));

        assertThat(evaluate.exitCode()).as(evaluate.err()).isZero();
        assertThat(evaluate.out())
                .contains("6 found of 6 true, 0 missed, 0 spurious")
                .contains("24 of 24 shapes right (100.0%)")
                .containsPattern("matches +\\d+ true pair sides: top-1 100.0%");
    }

    @Test
    void query_malformedId_failsWithOneLineNamingItAndTheForm() {
        CliRun query = CliRun.of("query", "--cache", cache, "--segment", "sheet_00:0:middle");

        assertThat(query.exitCode()).isEqualTo(1);
        assertThat(query.err().lines()).hasSize(1).first().asString()
                .contains("sheet_00:0:middle").contains("left, bottom, right, top");
    }

    @Test
    void ingest_folderWithoutPhotos_failsNamingTheFolderAndTheFix() throws Exception {
        Path empty = Files.createDirectories(folder.resolve("empty"));

        CliRun ingest = CliRun.of("ingest", "--images", empty, "--cache", folder.resolve("other-cache"));

        assertThat(ingest.exitCode()).isEqualTo(1);
        assertThat(ingest.err()).contains(empty.toString()).contains("*.{jpg,jpeg,png}");
        assertThat(folder.resolve("other-cache/metadata.json")).doesNotExist();
    }

    @Test
    void match_cacheNeverIngested_failsTellingToIngestFirst() {
        CliRun match = CliRun.of("match", "--cache", folder.resolve("nothing-here"));

        assertThat(match.exitCode()).isEqualTo(1);
        assertThat(match.err()).contains("snapfit ingest");
        assertThat(folder.resolve("nothing-here")).doesNotExist();
    }
}
