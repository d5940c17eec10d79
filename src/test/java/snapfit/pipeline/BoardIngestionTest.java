package snapfit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import snapfit.model.BoardBackground;
import snapfit.model.BoardSet;
import snapfit.model.PieceRecord;
import snapfit.model.SheetBoard;
import snapfit.model.SheetRecord;
import snapfit.puzzle.SheetLoadListener;
import snapfit.store.CacheLayout;
import snapfit.store.MetadataFile;
import snapfit.synth.BoardStyle;
import snapfit.synth.CaptureConfig;
import snapfit.synth.EvaluationReport;
import snapfit.synth.Evaluator;
import snapfit.synth.Generator;
import snapfit.synth.GeneratorConfig;
import snapfit.synth.PuzzleTruth;

/**
 * Ingest of generated marker board photos: one board of 12 pale (cream) pieces on green, photographed tilted and
 * rescaled, which a gray threshold alone would not see.
 */
class BoardIngestionTest {

    @TempDir
    static Path generated;
    private static PuzzleTruth truth;

    @TempDir
    Path work;

    @BeforeAll
    static void generatePalePiecesOnGreen() {
        GeneratorConfig config = new GeneratorConfig(3, 4, 7, 12, 10, false).withCapture(new CaptureConfig(0.2, 20, 0))
                .withBoard(new BoardStyle(BoardBackground.GREEN, true));
        truth = Generator.generate(config, generated, (done, total) -> { });
    }

    @Test
    void ingest_palePiecesOnGreenBoard_findsEveryPieceWithItsSlotAndTheBoard() {
        Path cache = work.resolve("cache");

        IngestReport report = Ingestion.ingest(generated.resolve("sheets"), cache,
                Ingestion.Options.defaultsFor(generated, cache).withDataRoot(generated.getRoot()), SheetLoadListener.NONE);

        List<PieceRecord> pieces = MetadataFile.read(CacheLayout.metadata(cache)).pieces();
        EvaluationReport evaluation = Evaluator.evaluate(truth, pieces, Stream::empty);
        assertThat(report.failures()).isEmpty();
        assertThat(evaluation.detection().found()).isEqualTo(12);
        assertThat(evaluation.detection().spurious()).isEmpty();
        assertThat(evaluation.shapes().sidesCorrect()).isEqualTo(48);
        assertThat(pieces).extracting(PieceRecord::label)
                .containsExactly("A1", "B1", "C1", "A2", "B2", "C2", "A3", "B3", "C3", "A4", "B4", "C4");
        SheetRecord sheet = report.sheets().get(0);
        assertThat(sheet.sheetId()).isEqualTo("sheet_00");
        assertThat(sheet.metadata().tagName()).isEqualTo("sheet");
        assertThat(sheet.metadata().totalSheets()).isEqualTo(1);
        assertSameBoardPoint(sheet.board(), truth.sheets().get(0).board(), 1500, 2500);
    }

    @Test
    void ingest_boardRequiredButPhotoPlain_refusesThePhotoSayingSo() throws IOException {
        Path plain = work.resolve("plain");
        Generator.generate(new GeneratorConfig(2, 2, 1, 4, 0, true), plain, (done, total) -> { });
        BoardSet set = BoardSet.forPieces("box", 1, BoardBackground.GREEN, 25, LocalDate.of(2026, 12, 6));

        IngestReport report = Ingestion.ingest(plain.resolve("sheets"), work.resolve("cache"),
                Ingestion.Options.defaultsFor(plain, work).withRequiredBoard(set), SheetLoadListener.NONE);

        assertThat(report.sheets()).isEmpty();
        assertThat(report.failures()).singleElement().satisfies(failure -> assertThat(failure.problem())
                .contains("shows no marker board").contains("ingest without --board").doesNotContain("\n"));
    }

    @Test
    void ingest_sameBoardPhotographedTwice_refusesTheSecondNamingTheBoard() throws IOException {
        Path photos = Files.createDirectories(work.resolve("photos"));
        Files.copy(generated.resolve("sheets/sheet_00.jpg"), photos.resolve("first.jpg"));
        Files.copy(generated.resolve("sheets/sheet_00.jpg"), photos.resolve("second.jpg"));

        IngestReport report = Ingestion.ingest(photos, work.resolve("cache"),
                Ingestion.Options.defaultsFor(photos, work.resolve("cache")), SheetLoadListener.NONE);

        assertThat(report.sheetsIngested()).containsExactly("sheet_00");
        assertThat(report.failures()).singleElement().satisfies(failure -> assertThat(failure.problem())
                .contains("both show board 1 of set 'sheet'"));
    }

    /** Both homographies put photo point (x, y) at the same board point, within a board unit (about 0.2 mm). */
    private static void assertSameBoardPoint(SheetBoard found, SheetBoard expected, double x, double y) {
        assertThat(found.boardX(x, y)).isCloseTo(expected.boardX(x, y), within(1.0));
        assertThat(found.boardY(x, y)).isCloseTo(expected.boardY(x, y), within(1.0));
    }
}
