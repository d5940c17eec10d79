package snapfit.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import snapfit.store.CacheLayout;
import snapfit.store.Json;

/**
 * Bad requests get a JSON {@code {"error", "fix"}} with 400 (malformed) or 404 (unknown), never a stack trace;
 * image routes never read outside the data root, whatever the stored photo path says.
 */
class ApiBadRequestTest {

    @TempDir
    static Path root;

    static WebServer server;
    static Http http;

    @BeforeAll
    static void serve() {
        ServedPuzzle.copyInto(root);
        server = ServedPuzzle.serve(root);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            GET    | /api/pieces/sheet_00                                      | 400 | malformed piece id 'sheet_00'
            GET    | /api/pieces/sheet_00:x                                    | 400 | piece index 'x'
            GET    | /api/pieces/sheet_00:-1                                   | 400 | piece index '-1'
            GET    | /api/pieces/sheet_00:99999999999                          | 400 | piece index '99999999999'
            GET    | /api/pieces/sheet_00:99                                   | 404 | no piece sheet_00:99
            GET    | /api/pieces/nosuch:0/matches                              | 404 | no piece nosuch:0
            GET    | /api/sheets/nosuch                                        | 404 | no sheet 'nosuch'
            GET    | /api/segments/sheet_00:1:middle/matches                   | 400 | malformed segment id 'sheet_00:1:middle'
            GET    | /api/pieces?limit=-1                                      | 400 | limit '-1'
            GET    | /api/pieces?limit=1001                                    | 400 | limit 1001 is above the maximum of 1000
            GET    | /api/matches?limit=99999999999999                         | 400 | limit '99999999999999'
            GET    | /api/matches?offset=-5                                    | 400 | offset '-5'
            GET    | /api/matches?offset=1e3                                   | 400 | offset '1e3'
            GET    | /api/matches?max_similarity=-1                            | 400 | max_similarity '-1'
            GET    | /api/matches?max_similarity=NaN                           | 400 | max_similarity 'NaN'
            GET    | /api/matches?max_similarity=abc                           | 400 | max_similarity 'abc'
            GET    | /api/matches?sort=asc                                     | 400 | unknown query parameter 'sort'
            GET    | /api/matches/count?limit=5                                | 400 | unknown query parameter 'limit'
            GET    | /api/pieces?limit=5&limit=6                               | 400 | query parameter 'limit' is given 2 times
            GET    | /api/pieces?type=middle                                   | 400 | unknown piece type 'middle'
            GET    | /api/pieces?shape=round                                   | 400 | unknown segment shape 'round'
            GET    | /api/matches/pair?a=sheet_00:1:left                       | 400 | query parameter 'b' is missing
            GET    | /api/matches/pair?a=sheet_00:1:left&b=sheet_00:1:right    | 404 | was not scored
            GET    | /api/matches/pair/preview.png?a=sheet_00:1:left&b=x:0:top | 404 | no piece x:0
            GET    | /api/pieces/sheet_00:99/image.png                         | 404 | no piece sheet_00:99
            GET    | /api/sheets/..%2F..%2Fetc/overlay.png                     | 404 | no sheet
            GET    | /api/nothing/here                                         | 404 | no route GET /api/nothing/here
            POST   | /api/matches/pair/manual                                  | 404 | no route POST /api/matches/pair/manual
            DELETE | /api/matches/pair/manual?a=sheet_00:1:left&b=nosuch:1:top | 404 | no piece nosuch:1
            GET    | /pieces?page=0                                            | 400 | page 0 does not exist
            GET    | /pieces/sheet_00:99                                       | 404 | no piece sheet_00:99
            """)
    void badRequest_getsAJsonErrorWithItsStatus(String method, String path, int status, String error) {
        Http.Answer answer = http.send(method, path);

        assertErrorBody(answer, status, error);
    }

    @ParameterizedTest(name = "PUT body {0} -> 400")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                 | the request body is not what this route takes
            {"similarity_manual": -1}          | similarity_manual -1.0 is outside 0
            {"similarity_manual": "0.5"}       | the request body is not what this route takes
            {"similarity_manual": 0.5, "x": 1} | Unrecognized field "x"
            [0.5]                              | the request body is not what this route takes
            """)
    void manualSimilarity_withABadBody_isRefusedAndStoresNothing(String body, String error) {
        String pair = "a=sheet_00:1:left&b=" + http.partnerOf("sheet_00:1:left", 0);

        Http.Answer answer = http.put("/api/matches/pair/manual?" + pair, body);

        assertErrorBody(answer, 400, error);
        assertThat(http.get("/api/matches/pair?" + pair).json().get("similarity_manual").isNull()).isTrue();
    }

    @Test
    void urlThatDoesNotDecode_getsAJsonErrorFromJetty() throws IOException {
        String answer = rawRequest("GET /api/pieces/%ZZ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400");
        JsonNode body = Json.mapper().readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
        assertThat(body.get("error").asText()).startsWith("bad request (HTTP 400");
        assertThat(body.get("fix").asText()).contains("percent-encode");
    }

    @Test
    void photoPathLeadingOutOfTheDataRoot_isNotRead(@TempDir Path other) throws SQLException, IOException {
        Path outside = Files.writeString(other.resolve("secret.jpg"), "not for the server");
        Files.delete(root.resolve("sheets/sheet_01.jpg"));
        Files.createSymbolicLink(root.resolve("sheets/sheet_01.jpg"), outside);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + CacheLayout.database(
                ServedPuzzle.cache(root)));
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE sheets SET img_path = '../../../../../../etc/passwd' WHERE sheet_id = 'sheet_00'");
        }

        Http.Answer climbing = http.get("/api/sheets/sheet_00/overlay.png");
        Http.Answer linked = http.get("/api/pieces/sheet_01:0/image.png");

        assertErrorBody(climbing, 404, "the photo '../../../../../../etc/passwd' of sheet 'sheet_00' is not a file"
                + " inside the data root");
        assertErrorBody(linked, 404, "the photo 'sheets/sheet_01.jpg' of sheet 'sheet_01' is not a file inside");
    }

    private static void assertErrorBody(Http.Answer answer, int status, String error) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).isEqualTo("application/json");
        JsonNode body = answer.json();
        assertThat(body.get("error").asText()).contains(error);
        assertThat(body.get("fix").asText()).isNotBlank();
        assertThat(answer.text()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(".java:");
    }

    private static String rawRequest(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
