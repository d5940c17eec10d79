package snapfit.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import snapfit.pipeline.Ingestion;
import snapfit.pipeline.Matching;
import snapfit.puzzle.SheetLoadListener;
import snapfit.store.CacheLayout;
import snapfit.store.MatchFilter;
import snapfit.store.MatchStore;
import snapfit.synth.EvaluationReport;
import snapfit.synth.Evaluator;
import snapfit.synth.Generator;
import snapfit.synth.GeneratorConfig;
import snapfit.synth.PuzzleTruth;

/** The whole chain on photo-like sheets (texture, light fall-off, the cut edge's dark band, shadow, JPEG). */
class PhotoLikePuzzleMatchingTest {

    @TempDir
    Path dir;

    @Test
    void ingestMatchEvaluate_photoLike3x4Puzzle_truePartnersRankFirst() {
        PuzzleTruth truth = Generator.generate(new GeneratorConfig(3, 4, 7, 6, 30, false), dir, (done, total) -> {
        });
        Path cache = dir.resolve("cache");
        Ingestion.ingest(dir.resolve("sheets"), cache, Ingestion.Options.defaultsFor(dir.resolve("sheets"), cache),
                SheetLoadListener.NONE);
        Matching.match(cache, Matching.Options.defaults().withThreads(2));

        EvaluationReport report;
        try (MatchStore store = MatchStore.open(CacheLayout.database(cache))) {
            report = Evaluator.evaluate(truth, store.pieces(), () -> store.stream(MatchFilter.all()));
        }

        assertThat(report.detection().found()).isEqualTo(12);
        assertThat(report.corners().offCount()).isZero();
        assertThat(report.shapes().sideAccuracy()).isEqualTo(1.0);
        assertThat(report.matches().sides()).isEqualTo(2 * (3 * 3 + 2 * 4));
        assertThat(report.matches().top1Rate()).isGreaterThanOrEqualTo(0.9);
    }
}
