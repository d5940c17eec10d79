package snapfit.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import snapfit.cli.SnapfitCli;
import snapfit.model.PieceId;
import snapfit.store.CacheLayout;
import snapfit.store.MatchStore;

/**
 * Ids typed on the command line: a malformed or unknown one fails with a non-zero status and exactly one line
 * on stderr that names it and the expected form; an id full of SQL is only ever a bound value.
 */
class CliBadIdTest {

    @TempDir
    Path dir;

    private Path root;
    private Path cache;
    private CacheSnapshot before;

    @BeforeEach
    void copyPuzzle() {
        root = TestPuzzle.copyInto(dir);
        cache = TestPuzzle.cache(root);
        before = CacheSnapshot.of(cache);
    }

    @Test
    void query_pieceIdWithoutIndex_failsWithOneLine() {
        assertOneLineError(query("--piece", "sheet_00"), 1, "malformed piece id 'sheet_00'", "expected sheet_id:index");
    }

    @Test
    void query_pieceIndexNotANumber_failsWithOneLine() {
        assertOneLineError(query("--piece", "sheet_00:two"), 1, "piece index 'two'", "non-negative whole number");
    }

    @Test
    void query_segmentWithUnknownEdge_failsWithOneLine() {
        assertOneLineError(query("--segment", "sheet_00:1:diagonal"), 1, "diagonal", "left");
    }

    @Test
    void query_pairWithMalformedSecondId_failsWithOneLine() {
        assertOneLineError(query("--pair", "sheet_00:0:left", "sheet_01"), 1, "'sheet_01'");
    }

    @Test
    void query_pieceNotStored_failsWithOneLine() {
        assertOneLineError(query("--piece", "sheet_09:0"), 1, "sheet_09:0");
    }

    @Test
    void query_pieceIdClimbingOutOfCache_failsWithOneLine() {
        assertOneLineError(query("--piece", "../../etc:0"), 1, "sheet id '../../etc' contains '/'");
    }

    @Test
    void query_topNotANumber_failsWithUsageStatus() {
        Run run = query("--top", "ten");

        assertOneLineError(run, 2, "Invalid value for option '--top': 'ten' is not an int", "see `snapfit query --help`");
    }

    @Test
    void query_sheetIdMadeOfSql_isBoundNotExecuted() throws Exception {
        String sheet = "x'); DROP TABLE matches; --";
        Path incoming = Files.createDirectories(root.resolve("incoming"));
        Files.copy(TestPuzzle.sheets(root).resolve("sheet_00.jpg"), incoming.resolve(sheet + ".jpg"));
        long matchesBefore;
        try (MatchStore store = MatchStore.open(CacheLayout.database(cache))) {
            matchesBefore = store.count();
        }

        Run ingest = run("ingest", "--images", incoming.toString(), "--cache", cache.toString());
        Run match = run("match", "--cache", cache.toString(), "--incremental", "--threads", "2");
        Run query = query("--piece", sheet + ":0", "--json", "--limit", "3");

        assertThat(List.of(ingest.status(), match.status(), query.status())).containsOnly(0);
        try (MatchStore store = MatchStore.open(CacheLayout.database(cache))) {
            assertThat(store.sheets()).extracting(record -> record.sheetId()).contains(sheet, "sheet_00", "sheet_01");
            assertThat(store.count()).isGreaterThan(matchesBefore);
            assertThat(store.stream(snapfit.store.MatchFilter.ofPiece(new PieceId(sheet, 0))).count()).isPositive();
        }
        assertThat(tables()).contains("matches", "pieces", "sheets");
    }

    private List<String> tables() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + CacheLayout.database(cache));
                ResultSet rows = connection.createStatement().executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private void assertOneLineError(Run run, int status, String... parts) {
        assertThat(run.status()).isEqualTo(status);
        assertThat(run.stderr().lines().toList()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("snapfit query: ").contains(parts);
        assertThat(CacheSnapshot.of(cache)).isEqualTo(before);
    }

    private Run query(String... selection) {
        List<String> args = new ArrayList<>(List.of("query", "--cache", cache.toString()));
        args.addAll(List.of(selection));
        return run(args.toArray(String[]::new));
    }

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine commandLine = SnapfitCli.commandLine();
        commandLine.setErr(new PrintWriter(err, true));
        int status = commandLine.execute(args);
        return new Run(status, err.toString());
    }

    private record Run(int status, String stderr) {
    }
}
