package snapfit.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import snapfit.cli.SnapfitCli;
import snapfit.model.PieceId;
import snapfit.store.CacheLayout;
import snapfit.store.ContourCache;
import snapfit.store.MatchStore;
import snapfit.store.MetadataFile;
import snapfit.store.PieceContour;

/**
 * Damage is noticed when a cache is opened, not only on demand: an export that dataset.db can rebuild
 * (metadata.json, matches.json) is rewritten from it and the command says so; a damaged contour file, which
 * dataset.db cannot rebuild, is named with the photo to ingest again. {@code snapfit check} verifies everything.
 */
class CacheCheckTest {

    @TempDir
    Path dir;

    private Path cache;
    private Path metadata;
    private Path npz;

    @BeforeEach
    void copyPuzzle() {
        cache = TestPuzzle.cache(TestPuzzle.copyInto(dir));
        metadata = CacheLayout.metadata(cache);
        npz = CacheLayout.contours(cache, "sheet_00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"match", "query"})
    void readCommand_truncatedMetadata_rewrittenFromDatabaseAndSaysSo(String command) throws IOException {
        truncate(metadata);

        Run run = readCommand(command);

        assertThat(run.status()).isEqualTo(0);
        assertThat(run.err()).contains(command + ": repaired " + metadata + ": it was truncated; rewritten from dataset.db");
        assertMetadataIsTheDatabases();
    }

    @Test
    void query_metadataEditedToDifferFromDatabase_rewrittenFromDatabase() throws IOException {
        Files.writeString(metadata, Files.readString(metadata).replaceFirst("\"threshold\" ?: ?130", "\"threshold\": 99"));

        Run run = readCommand("query");

        assertThat(run.err()).contains("repaired " + metadata + ": it was different from dataset.db's sheets and pieces");
        assertMetadataIsTheDatabases();
    }

    @Test
    void query_soundCache_saysNothingAndChangesNothing() {
        CacheSnapshot before = CacheSnapshot.of(cache);

        Run run = readCommand("query");

        assertThat(run.status()).isEqualTo(0);
        assertThat(run.err()).isEmpty();
        assertThat(CacheSnapshot.of(cache)).isEqualTo(before);
    }

    @Test
    void query_truncatedNpz_warnsInOneLineNamingFileAndReingest() throws IOException {
        truncate(npz);

        Run run = readCommand("query");

        assertThat(run.status()).isEqualTo(0);
        assertThat(run.err().lines().toList()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("query: warning: " + npz + ": ").contains("truncated")
                .contains("bin/snapfit ingest --images FOLDER --glob 'sheet_00.jpg' --cache " + cache);
    }

    @Test
    void match_contourFilesLackingAPiece_warnsThatTheyDisagreeWithTheMetadata() {
        SortedMap<PieceId, PieceContour> pieces = new TreeMap<>(ContourCache.loadSheet(cache, "sheet_00"));
        pieces.remove(pieces.lastKey());
        ContourCache.writeSheet(cache, "sheet_00", pieces);

        Run run = readCommand("match");

        assertThat(run.status()).isEqualTo(0);
        assertThat(run.err()).contains("match: warning: " + npz + ": array 'contour_sheet_00:3' is missing, but the"
                + " cache's metadata lists piece sheet_00:3");
    }

    @Test
    void check_soundCache_exitsZeroAndChangesNoByte() {
        CacheSnapshot before = CacheSnapshot.of(cache);

        Run run = run("check", "--cache", cache.toString());

        assertThat(run.status()).isEqualTo(0);
        assertThat(run.out()).isEqualTo("checked " + cache + ": no problems found\n");
        assertThat(CacheSnapshot.of(cache)).isEqualTo(before);
    }

    @Test
    void check_truncatedNpz_reportedWithReingestFix_exitsOne() throws IOException {
        truncate(npz);

        Run run = run("check", "--cache", cache.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains(npz + ": is not a valid .npz (zip) archive")
                .contains("re-ingest sheet 'sheet_00' from its photo sheets/sheet_00.jpg")
                .contains("1 not repairable from dataset.db");
    }

    @Test
    void check_bytesFlippedInsideAnArray_foundByTheFullCheckOnly() throws IOException {
        byte[] bytes = Files.readAllBytes(npz);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(npz, bytes);

        assertThat(readCommand("query").err()).isEmpty();
        Run check = run("check", "--cache", cache.toString());

        assertThat(check.status()).isEqualTo(1);
        assertThat(check.out()).contains(npz + ": ").contains("sheet_00");
    }

    @Test
    void check_missingContourFile_reportedWithReingestFix() throws IOException {
        Path corners = CacheLayout.corners(cache, "sheet_01");
        Files.delete(corners);

        Run run = run("check", "--cache", cache.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains(corners + ": does not exist")
                .contains("--glob 'sheet_01.jpg' --cache " + cache);
    }

    @Test
    void check_withoutRepair_saysWhatItWouldRepairAndChangesNoByte() throws IOException {
        writeMatchesJson();
        truncate(metadata);
        truncate(CacheLayout.matchesJson(cache));
        CacheSnapshot before = CacheSnapshot.of(cache);

        Run run = run("check", "--cache", cache.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains(metadata + ": truncated; `snapfit check --repair` rewrites it from dataset.db")
                .contains(CacheLayout.matchesJson(cache) + ": truncated;")
                .contains("2 problems, 0 repaired, 2 repairable with --repair");
        assertThat(CacheSnapshot.of(cache)).isEqualTo(before);
    }

    @Test
    void checkRepair_damagedExports_rewrittenFromDatabase_thenSound() throws IOException {
        writeMatchesJson();
        Path matchesJson = CacheLayout.matchesJson(cache);
        byte[] soundMatches = Files.readAllBytes(matchesJson);
        Files.writeString(metadata, "{\"sheets\": 42}\n");
        Files.writeString(matchesJson, Files.readString(matchesJson).replaceFirst("\"similarity\"", "\"similar\"") );

        Run repair = run("check", "--cache", cache.toString(), "--repair");

        assertThat(repair.status()).isEqualTo(0);
        assertThat(repair.out()).contains("repaired " + metadata + ": it was malformed")
                .contains("repaired " + matchesJson + ": it was malformed");
        assertMetadataIsTheDatabases();
        assertThat(matchesJson).hasBinaryContent(soundMatches);
        assertThat(run("check", "--cache", cache.toString()).status()).isEqualTo(0);
    }

    @Test
    void check_databaseThatIsNotSqlite_oneFindingNamingIt() throws IOException {
        Path database = CacheLayout.database(cache);
        Files.writeString(database, "not a database");

        Run run = run("check", "--cache", cache.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).startsWith(database + ": is not a SQLite database");
    }

    @Test
    void check_help_namesRepairAndExitStatus() {
        Run run = run("check", "--help");

        assertThat(run.out()).contains("--repair", "--cache", "Exit status 0", "dataset.db");
    }

    private void writeMatchesJson() {
        assertThat(run("match", "--cache", cache.toString(), "--threads", "1", "--json").status()).isEqualTo(0);
    }

    private void assertMetadataIsTheDatabases() {
        try (MatchStore store = MatchStore.openExisting(CacheLayout.database(cache))) {
            assertThat(MetadataFile.read(metadata)).isEqualTo(store.metadata());
        }
    }

    private static void truncate(Path file) throws IOException {
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
    }

    private Run readCommand(String command) {
        return switch (command) {
            case "query" -> run("query", "--cache", cache.toString(), "--top", "3");
            case "match" -> run("match", "--cache", cache.toString(), "--threads", "1");
            default -> throw new IllegalArgumentException(command);
        };
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = SnapfitCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int status = commandLine.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    private record Run(int status, String out, String err) {
    }
}
