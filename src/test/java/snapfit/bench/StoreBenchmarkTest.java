package snapfit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import snapfit.model.MatchResult;
import snapfit.model.PieceRecord;
import snapfit.store.MatchFilter;
import snapfit.store.MatchStore;

/** The benchmark's bookkeeping on a small run; its timings are not asserted. */
class StoreBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void run_smallConfig_writesExactlyTheRequestedPlausibleMatches() {
        Path dbFile = dir.resolve("dataset.db");
        List<String> progress = new ArrayList<>();

        StoreBenchmark.Result result = StoreBenchmark.run(dbFile, new StoreBenchmark.Config(5000, 60, 5, 7), progress::add);

        assertThat(result.matches()).isEqualTo(5000);
        assertThat(result.loadedRows()).isEqualTo(5000);
        assertThat(result.bytesPerMatch()).isPositive();
        assertThat(result.pairLookup().p99Millis()).isGreaterThanOrEqualTo(result.pairLookup().p50Millis());
        assertThat(progress).first().asString().startsWith("ingesting 60 pieces");
        try (MatchStore store = MatchStore.open(dbFile); Stream<MatchResult> matches = store.stream(MatchFilter.all())) {
            assertThat(store.pieces()).hasSize(60);
            var shapes = store.pieces().stream().collect(java.util.stream.Collectors.toMap(
                    PieceRecord::pieceId, PieceRecord::segmentShapes));
            assertThat(matches).hasSize(5000).allSatisfy(match -> assertThat(
                    shapes.get(match.segId1().pieceId()).get(match.segId1().edgePos())
                            .canMatch(shapes.get(match.segId2().pieceId()).get(match.segId2().edgePos()))).isTrue());
        }
    }

    @Test
    void run_moreMatchesThanPlausiblePairs_saysToUseMorePieces() {
        assertThatThrownBy(() -> StoreBenchmark.run(dir.resolve("dataset.db"), new StoreBenchmark.Config(1000, 3, 1, 1), line -> {
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use more pieces");
    }
}
