package snapfit.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person does in Jupyter Notebook, in headless Chromium: opens a notebook, types a cell, runs it
 * with Shift-Enter and sees the kernel's answer below it, and the wall time {@code %%time} printed. The
 * kernel runs on this test's class path from a kernelspec in a temporary Jupyter data folder. Skipped where Debian's chromium, chromium-driver or
 * jupyter-notebook are missing. The screenshot goes to {@code target/browser/notebook-cell.png}.
 */
class NotebookBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Test
    void notebook_cellTypedAndRun_showsTheKernelsAnswer(@TempDir Path dataDir, @TempDir Path folder) throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver");
        assumeTrue(NotebookServer.isInstalled(), "needs Debian's " + NotebookServer.DEBIAN_PACKAGE);
        KernelInstaller.install(dataDir, KernelInstaller.javaBinary(), System.getProperty("java.class.path"));
        Files.writeString(folder.resolve("check.ipynb"), emptyNotebook());

        try (NotebookServer server = NotebookServer.start(folder, Map.of("JUPYTER_DATA_DIR", dataDir.toString()), false)) {
            WebDriver browser = chromium();
            try {
                browser.get(server.notebookUrl("check.ipynb"));
                WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#kernel_indicator_icon.kernel_idle_icon")));
                WebElement cell = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".code_cell .CodeMirror")));
                cell.click();
                new Actions(browser).sendKeys("%%time").sendKeys(Keys.ENTER)
                        .sendKeys("var pieces = 24 * 60;").sendKeys(Keys.ENTER).sendKeys("\"pieces: \" + pieces")
                        .keyDown(Keys.SHIFT).sendKeys(Keys.ENTER).keyUp(Keys.SHIFT).perform();

                WebElement output = wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector(".code_cell .output_result pre")));
                assertThat(output.getText()).isEqualTo("pieces: 1440");
                assertThat(browser.findElement(By.cssSelector(".code_cell .output_stream pre")).getText())
                        .startsWith("Wall time: ");
                saveScreenshot(browser);
            } finally {
                browser.quit();
            }
        }
    }

    private static WebDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // --no-sandbox: Chromium's sandbox cannot start as root, as in containers and CI.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1200,700");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        return new ChromeDriver(service, options);
    }

    private static void saveScreenshot(WebDriver browser) throws IOException {
        Path screenshot = KernelPaths.projectDir().resolve("target/browser/notebook-cell.png");
        Files.createDirectories(screenshot.getParent());
        Files.write(screenshot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static String emptyNotebook() {
        return """
                {"cells": [{"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [], "source": ""}],
                 "metadata": {"kernelspec": {"name": "%s", "display_name": "%s", "language": "java"}},
                 "nbformat": 4, "nbformat_minor": 5}
                """.formatted(KernelInstaller.KERNEL_NAME, KernelInstaller.DISPLAY_NAME);
    }
}
