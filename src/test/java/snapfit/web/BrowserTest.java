package snapfit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person does in a browser (Debian's headless chromium, driven through chromium-driver): look at the
 * sheets, open the pieces, click a piece, see its image and its partners' previews, follow its best partner.
 * Screenshots of each page go to {@code target/screenshots/}. Skipped where chromium is not installed.
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path root;

    static WebServer server;
    static WebDriver browser;

    @BeforeAll
    static void openBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no " + CHROMIUM + " and " + CHROMEDRIVER + ": `apt-get install chromium chromium-driver` to run the"
                        + " browser test");
        ServedPuzzle.copyInto(root);
        server = ServedPuzzle.serve(root);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1300,2000");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build(), options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void sheetsPage_showsEachSheetsOverlay() throws IOException {
        open("/sheets");

        assertThat(browser.findElements(By.cssSelector(".card img"))).hasSize(2)
                .allSatisfy(BrowserTest::assertLoaded);
        screenshot("sheets");
    }

    @Test
    void piecePage_reachedFromTheGrid_showsItsImageAndLeadsToItsBestPartner() throws IOException {
        open("/");
        browser.findElement(By.linkText("Pieces")).click();
        assertThat(browser.findElements(By.cssSelector("a.piece"))).hasSize(8);
        browser.findElements(By.cssSelector("a.piece img")).forEach(BrowserTest::assertLoaded);
        screenshot("pieces");

        browser.findElement(By.cssSelector("a.piece[href='/pieces/sheet_00%3A1']")).click();
        assertThat(browser.getTitle()).startsWith("Piece sheet_00:1");
        assertLoaded(browser.findElement(By.id("piece-image")));
        assertLoaded(browser.findElement(By.cssSelector("img.preview")));
        screenshot("piece");

        WebElement bestPartner = browser.findElement(By.cssSelector("a.partner-link"));
        String partnerPiece = bestPartner.getText().substring(0, bestPartner.getText().lastIndexOf(':'));
        bestPartner.click();

        assertThat(browser.getTitle()).startsWith("Piece " + partnerPiece);
        assertLoaded(browser.findElement(By.id("piece-image")));
        screenshot("partner");
    }

    @Test
    void bestMatchesPage_listsRankedMatchesWithPreviewLinks() throws IOException {
        open("/matches");

        assertThat(browser.findElements(By.cssSelector("table tr"))).hasSizeGreaterThan(10);
        assertThat(browser.findElements(By.linkText("preview"))).isNotEmpty();
        screenshot("matches");
    }

    private static void open(String path) {
        browser.get("http://127.0.0.1:" + server.port() + path);
    }

    /** Waits until the image has loaded (lazy images once scrolled to) and checks that it decoded. */
    private static void assertLoaded(WebElement image) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("arguments[0].scrollIntoView()", image);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver ->
                (Boolean) script.executeScript("return arguments[0].complete", image));
        Number width = (Number) script.executeScript("return arguments[0].naturalWidth", image);
        assertThat(width.intValue()).as("naturalWidth of " + image.getAttribute("src")).isGreaterThan(0);
    }

    private static void screenshot(String name) throws IOException {
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        Path shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
