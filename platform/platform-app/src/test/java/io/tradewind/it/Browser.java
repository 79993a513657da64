package io.tradewind.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver (no driver or browser is downloaded), with a
 * fresh profile, against the integration-test server. Screenshots go to {@code tradewind.screenshots}.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of(System.getProperty("tradewind.screenshots", "target/screenshots"));
    private static final String CHROMIUM = System.getProperty("tradewind.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("tradewind.chromedriver", "/usr/bin/chromedriver");
    /** An error status the API answered on purpose: the screens show it, the test checks they do. */
    private static final Pattern API_ERROR_STATUS = Pattern.compile(
            "^\\S+/api/v1/\\S* - Failed to load resource: the server responded with a status of [45]\\d\\d\\b.*");

    final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A new browser whose preferred languages are {@code acceptLanguages} (e.g. "zh-CN,zh"). */
    static Browser start(String acceptLanguages) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("The browser tests need Debian's Chromium and its driver at " + CHROMIUM
                    + " and " + CHROMEDRIVER + ": apt-get install -y chromium chromium-driver (.ci/run does).");
        }
        try {
            Path profile = Files.createTempDirectory("tradewind-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900",
                    "--lang=" + acceptLanguages.split(",")[0]);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguages));
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads a page of the server afresh (never just a change of the hash), e.g. "/#/login". */
    Browser open(String path) {
        driver.get("about:blank");
        driver.get(Api.BASE_URL + path);
        return this;
    }

    /** Forgets the session and the chosen language, as a new visitor. */
    Browser forget() {
        open("/");
        driver.executeScript("localStorage.clear(); sessionStorage.clear();");
        return this;
    }

    WebElement await(String css) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    void awaitGone(String css) {
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until the element shows {@code text} and answers its whole text. */
    String awaitText(String css, String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        return driver.findElement(By.cssSelector(css)).getText();
    }

    /** Waits until the script answers true, e.g. an animation has ended. */
    void awaitTrue(String script) {
        waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(script)));
    }

    /** Signs in through the console's built-in login form and waits for the {@code landing} route. */
    void signIn(String email, String password, String landing) {
        forget().open("/#/login");
        fill("[data-testid=login-form] input[name=email]", email)
                .fill("[data-testid=login-form] input[name=password]", password)
                .click("[data-testid=login-submit]");
        awaitRoute(landing);
    }

    void awaitRoute(String route) {
        waiting().until(ExpectedConditions.urlMatches(Pattern.quote("/#" + route) + "([?].*)?$"));
    }

    Browser fill(String css, String text) {
        WebElement input = await(css);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        return this;
    }

    /**
     * Clicks the element once it is clickable. While a drawer or dialog still slides in, the click
     * can land on something else; it is tried again, as a user would, until the screen has settled.
     */
    Browser click(String css) {
        return clickWhenSettled(d -> ExpectedConditions.elementToBeClickable(By.cssSelector(css)).apply(d));
    }

    /** Clicks the first element matching {@code css} whose text is {@code text}. */
    Browser clickText(String css, String text) {
        return clickWhenSettled(d -> d.findElements(By.cssSelector(css)).stream()
                .filter(e -> e.isDisplayed() && e.getText().strip().equals(text)).findFirst().orElse(null));
    }

    private Browser clickWhenSettled(Function<WebDriver, WebElement> target) {
        Rectangle[] last = new Rectangle[1];
        waiting().ignoring(ElementClickInterceptedException.class).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    WebElement element = target.apply(d);
                    if (element == null) {
                        return false;
                    }
                    // A click while a drawer slides in can land beside the element: wait until it stops moving
                    Rectangle now = element.getRect();
                    boolean moving = !now.equals(last[0]);
                    last[0] = now;
                    if (moving) {
                        return false;
                    }
                    element.click();
                    return true;
                });
        return this;
    }

    String text(String css) {
        return await(css).getText();
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    Browser size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        return this;
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the browser logged as an error or warning since the last call (a failed script, a
     * missing file, a Vue or Element Plus warning), except error statuses of the API, which the
     * screens show as problems.
     */
    List<String> consoleProblems() {
        List<String> found = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            boolean severe = entry.getLevel().intValue() >= Level.WARNING.intValue();
            if (severe && !API_ERROR_STATUS.matcher(entry.getMessage()).matches()) {
                found.add(entry.getLevel() + " " + entry.getMessage());
            }
        }
        return found;
    }

    void assertNoConsoleErrors() {
        assertThat(consoleProblems()).as("browser console errors").isEmpty();
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(50));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
