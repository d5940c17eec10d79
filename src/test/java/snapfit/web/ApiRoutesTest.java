package snapfit.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import snapfit.model.MatchResult;
import snapfit.model.PieceId;
import snapfit.model.SegmentId;
import snapfit.store.CacheLayout;
import snapfit.store.Json;
import snapfit.store.MatchFilter;
import snapfit.store.MatchStore;
import snapfit.store.Metadata;
import snapfit.store.MetadataFile;

/** Every route of DESIGN.md's table over a real generated, ingested and matched cache, against the store itself. */
class ApiRoutesTest {

    @TempDir
    static Path root;

    static Path cache;
    static WebServer server;
    static Http http;

    @BeforeAll
    static void serve() {
        cache = ServedPuzzle.copyInto(root);
        server = ServedPuzzle.serve(root);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void sheetsAndPieces_areTheRecordsOfMetadataJson() throws IOException {
        Metadata metadata = MetadataFile.read(CacheLayout.metadata(cache));
        JsonNode file = Json.mapper().readTree(CacheLayout.metadata(cache).toFile());

        JsonNode sheets = http.get("/api/sheets").json();
        JsonNode pieces = http.get("/api/pieces?limit=1000").json();

        assertThat(sheets.get("items")).isEqualTo(file.get("sheets"));
        assertThat(sheets.get("total").asInt()).isEqualTo(2);
        assertThat(pieces.get("items")).isEqualTo(file.get("pieces"));
        assertThat(pieces.get("total").asInt()).isEqualTo(metadata.pieces().size()).isEqualTo(8);
        assertThat(http.get("/api/sheets/sheet_01").json()).isEqualTo(file.get("sheets").get(1));
        assertThat(http.get("/api/pieces/sheet_00:2").json()).isEqualTo(file.get("pieces").get(2));
    }

    @Test
    void pieces_pageAndFilterByTypeSheetAndShape() {
        JsonNode page = http.get("/api/pieces?limit=3&offset=2").json();
        JsonNode corners = http.get("/api/pieces?type=corner").json();
        JsonNode ofSheet = http.get("/api/pieces?sheet=sheet_01&shape=edge").json();

        assertThat(page.get("items")).hasSize(3);
        assertThat(page.get("items").get(0).get("piece_id").get("piece_id").asInt()).isEqualTo(2);
        assertThat(List.of(page.get("total").asInt(), page.get("limit").asInt(), page.get("offset").asInt()))
                .containsExactly(8, 3, 2);
        // A 2 x 4 puzzle has 4 corners and 4 edge pieces; every piece of it has a flat side.
        assertThat(corners.get("total").asInt()).isEqualTo(4);
        corners.get("items").forEach(piece ->
                assertThat(piece.get("oriented_piece_type").get("piece_type").asInt()).isEqualTo(2));
        assertThat(ofSheet.get("total").asInt()).isEqualTo(4);
        ofSheet.get("items").forEach(piece ->
                assertThat(piece.get("piece_id").get("sheet_id").asText()).isEqualTo("sheet_01"));
    }

    @Test
    void pieceMatches_areTheStoresBestFirstWithTheirTotal() throws IOException {
        PieceId piece = PieceId.parse("sheet_00:1");
        List<MatchResult> expected;
        long total;
        try (MatchStore store = MatchStore.openExisting(CacheLayout.database(cache))) {
            expected = store.stream(MatchFilter.ofPiece(piece).withLimit(5).withOffset(1)).toList();
            total = store.count(MatchFilter.ofPiece(piece));
        }

        JsonNode page = http.get("/api/pieces/sheet_00:1/matches?limit=5&offset=1").json();

        assertThat(matchesOf(page)).isEqualTo(expected).hasSize(5);
        assertThat(page.get("total").asLong()).isEqualTo(total).isGreaterThan(5);
    }

    @Test
    void matches_overallAndBelowABound_areBestFirst() throws IOException {
        List<MatchResult> all = matchesOf(http.get("/api/matches?limit=1000").json());
        JsonNode bounded = http.get("/api/matches?max_similarity=" + all.get(9).effectiveSimilarity()).json();

        assertThat(all).isSortedAccordingTo((a, b) -> Float.compare(a.effectiveSimilarity(), b.effectiveSimilarity()));
        assertThat(all).hasSize(http.get("/api/matches/count").json().get("count").asInt());
        assertThat(matchesOf(bounded)).isEqualTo(all.subList(0, bounded.get("total").asInt()));
        assertThat(bounded.get("total").asInt()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void segmentMatches_andPair_agree() throws IOException {
        MatchResult best = matchesOf(http.get("/api/segments/sheet_00:1:left/matches?limit=1").json()).get(0);
        SegmentId partner = best.partnerOf(SegmentId.parse("sheet_00:1:left"));

        JsonNode pair = http.get("/api/matches/pair?a=" + partner + "&b=sheet_00:1:left").json();

        assertThat(Json.reader().forType(MatchResult.class).<MatchResult>readValue(pair)).isEqualTo(best);
    }

    @Test
    void manualSimilarity_isSetRanksThePairAndIsCleared() throws IOException {
        String pair = "a=sheet_00:1:left&b=" + http.partnerOf("sheet_00:1:left", 2);

        Http.Answer set = http.put("/api/matches/pair/manual?" + pair, "{\"similarity_manual\": 0}");
        MatchResult best = matchesOf(http.get("/api/segments/sheet_00:1:left/matches?limit=1").json()).get(0);
        Http.Answer cleared = http.delete("/api/matches/pair/manual?" + pair);

        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().get("similarity_manual").floatValue()).isZero();
        assertThat(best.similarityManual()).isZero();
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.json().get("similarity_manual").isNull()).isTrue();
        assertThat(http.get("/api/matches/pair?" + pair).json().get("similarity_manual").isNull()).isTrue();
    }

    @Test
    void images_arePngsOfTheirSubjectWithETagAndRevalidation() throws IOException {
        Http.Answer piece = http.get("/api/pieces/sheet_00:1/image.png");
        Http.Answer sheet = http.get("/api/sheets/sheet_00/overlay.png");
        Http.Answer preview = http.get("/api/matches/pair/preview.png?a=sheet_00:1:left&b="
                + http.partnerOf("sheet_00:1:left", 0));
        Http.Answer again = http.getIfNoneMatch("/api/pieces/sheet_00:1/image.png", piece.header("ETag"));

        // The piece crop, with the overlay's legend in a margin beside it.
        assertThat(png(piece).getHeight()).isBetween(100, 400);
        assertThat(png(piece).getWidth()).isGreaterThan(png(piece).getHeight());
        // The photo shrunk to 1,200 px wide, and the legend's margin to its right.
        assertThat(png(sheet).getWidth()).isBetween(1201, 1600);
        assertThat(png(preview).getWidth()).isGreaterThan(300);
        assertThat(piece.header("Content-Type")).isEqualTo("image/png");
        assertThat(piece.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void solution_isA404NamingTheCommandBeforeSolve() {
        Http.Answer json = http.get("/api/solution");
        Http.Answer picture = http.get("/api/solution/image.png");

        assertThat(json.status()).isEqualTo(404);
        assertThat(json.json().get("error").asText()).isEqualTo("no solution yet");
        assertThat(json.json().get("fix").asText()).startsWith("run snapfit solve --cache ");
        assertThat(picture.status()).isEqualTo(404);
    }

    @Test
    void openApi_describesEveryApiRoute() {
        JsonNode paths = http.get("/api/openapi.json").json().get("paths");

        List<String> described = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method ->
                described.add(method + " " + path.getKey())));

        assertThat(described).containsExactlyInAnyOrder("get /api/sheets", "get /api/sheets/{sheet_id}",
                "get /api/pieces", "get /api/pieces/{piece_id}", "get /api/pieces/{piece_id}/matches",
                "get /api/segments/{segment_id}/matches", "get /api/matches", "get /api/matches/pair",
                "get /api/matches/count", "put /api/matches/pair/manual", "delete /api/matches/pair/manual",
                "get /api/pieces/{piece_id}/image.png", "get /api/sheets/{sheet_id}/overlay.png",
                "get /api/matches/pair/preview.png", "get /api/solution", "get /api/solution/image.png",
                "get /api/openapi.json");
    }

    private static List<MatchResult> matchesOf(JsonNode page) throws IOException {
        List<MatchResult> matches = new ArrayList<>();
        for (JsonNode item : page.get("items")) {
            matches.add(Json.reader().forType(MatchResult.class).readValue(item));
        }
        return matches;
    }

    private static BufferedImage png(Http.Answer answer) throws IOException {
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return ImageIO.read(new ByteArrayInputStream(answer.body()));
    }
}
