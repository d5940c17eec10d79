package snapfit.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import snapfit.cli.SnapfitCli;

/**
 * A folder that is not a cache: read commands refuse it in one line that names it and create nothing there,
 * and an ingest that fails leaves nothing new behind.
 */
class CliCacheFolderTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"query", "match", "evaluate", "serve"})
    void readCommand_cacheFolderThatDoesNotExist_refusedAndNotCreated(String command) {
        Path absent = dir.resolve("nocache");

        Run run = readCommand(command, absent);

        assertOneLine(run, command, absent.toString());
        assertThat(absent).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"query", "match", "evaluate", "serve"})
    void readCommand_folderWithoutDataset_refusedAndLeftAsItWas(String command) throws Exception {
        Path photos = Files.createDirectories(dir.resolve("photos"));
        Files.writeString(photos.resolve("note.txt"), "not a cache");
        CacheSnapshot before = CacheSnapshot.of(photos);

        Run run = readCommand(command, photos);

        assertOneLine(run, command, photos.toString());
        assertThat(run.stderr()).contains("not a snap-fit cache");
        assertThat(CacheSnapshot.of(photos)).isEqualTo(before);
    }

    @Test
    void ingest_imagesFolderThatDoesNotExist_createsNoCache() {
        Path cache = dir.resolve("cache");

        Run run = run("ingest", "--images", dir.resolve("absent").toString(), "--cache", cache.toString());

        assertOneLine(run, "ingest", dir.resolve("absent").toString());
        assertThat(cache).doesNotExist();
    }

    @Test
    void ingest_imagesFolderThatDoesNotExist_leavesAnExistingEmptyFolderEmpty() throws Exception {
        Path cache = Files.createDirectories(dir.resolve("cache"));

        run("ingest", "--images", dir.resolve("absent").toString(), "--cache", cache.toString());

        assertThat(cache).isEmptyDirectory();
    }

    @Test
    void ingest_everyPhotoFails_createsNoCache() throws Exception {
        Path photos = Files.createDirectories(dir.resolve("photos"));
        Files.writeString(photos.resolve("blank.jpg"), "not a jpeg");
        Path cache = dir.resolve("cache");

        Run run = run("ingest", "--images", photos.toString(), "--cache", cache.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(cache).doesNotExist();
    }

    private Run readCommand(String command, Path cache) {
        return switch (command) {
            case "query" -> run("query", "--cache", cache.toString(), "--top", "3");
            case "match" -> run("match", "--cache", cache.toString(), "--threads", "1");
            case "evaluate" -> run("evaluate", "--cache", cache.toString(), "--truth", dir.resolve("truth.json").toString());
            case "serve" -> run("serve", "--cache", cache.toString(), "--port", "0");
            default -> throw new IllegalArgumentException(command);
        };
    }

    private static void assertOneLine(Run run, String command, String naming) {
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.stderr().lines().toList()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("snapfit " + command + ": ").contains(naming);
    }

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine commandLine = SnapfitCli.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(err, true));
        int status = commandLine.execute(args);
        return new Run(status, err.toString());
    }

    private record Run(int status, String stderr) {
    }
}
