package snapfit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static snapfit.store.MetadataFileTest.assertSameJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import snapfit.model.EdgePos;
import snapfit.model.InputFileException;
import snapfit.model.MatchResult;
import snapfit.model.PieceId;
import snapfit.model.SegmentId;

class MatchesFileTest {

    private static final SegmentId LEFT_OF_2 = SegmentId.parse("back_03:2:left");
    private static final SegmentId TOP_OF_7 = SegmentId.parse("back_04:7:top");

    @TempDir
    Path dir;

    @Test
    void write_matchWithoutManual_writesNullExplicitly() throws IOException {
        Path file = dir.resolve("matches.json");

        MatchesFile.write(file, List.of(MatchResult.of(LEFT_OF_2, TOP_OF_7, 0.125f)).iterator());

        String text = Files.readString(file);
        assertThat(text).contains("\"similarity_manual\": null");
        assertSameJson(text, """
                [{"seg_id1": {"piece_id": {"sheet_id": "back_03", "piece_id": 2}, "edge_pos": "left"},
                  "seg_id2": {"piece_id": {"sheet_id": "back_04", "piece_id": 7}, "edge_pos": "top"},
                  "similarity": 0.125, "similarity_manual": null}]""");
    }

    @Test
    void write_matchWithManual_writesBothScores() throws IOException {
        Path file = dir.resolve("matches.json");

        MatchesFile.write(file, Stream.of(new MatchResult(LEFT_OF_2, TOP_OF_7, 0.5f, 0.0625f)));

        assertSameJson(Files.readString(file), """
                [{"seg_id1": {"piece_id": {"sheet_id": "back_03", "piece_id": 2}, "edge_pos": "left"},
                  "seg_id2": {"piece_id": {"sheet_id": "back_04", "piece_id": 7}, "edge_pos": "top"},
                  "similarity": 0.5, "similarity_manual": 0.0625}]""");
    }

    @Test
    void write_manyMatches_putsOneMatchPerLine() throws IOException {
        Path file = dir.resolve("matches.json");

        MatchesFile.write(file, randomMatches(3, 1).stream());

        assertThat(Files.readAllLines(file)).hasSize(5).first().isEqualTo("[");
    }

    @Test
    void read_writtenFile_returnsEveryFloatExactly() {
        Path file = dir.resolve("matches.json");
        List<MatchResult> matches = randomMatches(500, 7);

        MatchesFile.write(file, matches.iterator());

        assertThat(MatchesFile.read(file)).isEqualTo(matches);
    }

    @Test
    void read_emptyArray_returnsNoMatches() throws IOException {
        Path file = dir.resolve("matches.json");
        Files.writeString(file, "[]");

        assertThat(MatchesFile.read(file)).isEmpty();
    }

    @Test
    void read_objectInsteadOfArray_saysAnArrayIsExpected() throws IOException {
        Path file = dir.resolve("matches.json");
        Files.writeString(file, "{\"matches\": []}");

        assertThatThrownBy(() -> MatchesFile.read(file))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("expected a JSON array of matches")
                .hasMessageContaining("snapfit match");
    }

    @Test
    void read_unknownEdgeInSecondMatch_namesIndexAndValue() throws IOException {
        Path file = dir.resolve("matches.json");
        MatchesFile.write(file, randomMatches(2, 3).iterator());
        String text = Files.readString(file);
        int second = text.indexOf("\n{\"seg_id1\"", 2);
        Files.writeString(file, text.substring(0, second) + text.substring(second).replaceFirst(
                "\"edge_pos\": \"[a-z]+\"", "\"edge_pos\": \"middle\""));

        assertThatThrownBy(() -> MatchesFile.read(file))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("$[1].seg_id1.edge_pos")
                .hasMessageContaining("'middle'");
    }

    @Test
    void read_truncatedFile_isRefused() throws IOException {
        Path file = dir.resolve("matches.json");
        MatchesFile.write(file, randomMatches(4, 5).iterator());
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.length() - 30));

        assertThatThrownBy(() -> MatchesFile.read(file))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void read_nullSimilarity_isRefused() throws IOException {
        Path file = dir.resolve("matches.json");
        Files.writeString(file, """
                [{"seg_id1": {"piece_id": {"sheet_id": "a", "piece_id": 2}, "edge_pos": "left"},
                  "seg_id2": {"piece_id": {"sheet_id": "b", "piece_id": 7}, "edge_pos": "top"},
                  "similarity": null, "similarity_manual": null}]""");

        assertThatThrownBy(() -> MatchesFile.read(file))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("$[0].similarity");
    }

    /** Matches with arbitrary float scores (not only grid values) and every third one overridden. */
    static List<MatchResult> randomMatches(int count, long seed) {
        Random random = new Random(seed);
        return IntStream.range(0, count).mapToObj(i -> {
            SegmentId a = new SegmentId(new PieceId("s" + random.nextInt(3), i), EdgePos.values()[random.nextInt(4)]);
            SegmentId b = new SegmentId(new PieceId("t", i), EdgePos.values()[random.nextInt(4)]);
            Float manual = i % 3 == 0 ? random.nextFloat() : null;
            return new MatchResult(a, b, random.nextFloat() * 10, manual);
        }).toList();
    }
}
