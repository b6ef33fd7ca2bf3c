package jp.kajimaru.systemtests;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium with its own fresh profile (cookies, localStorage), talking to the gateway. Finds
 * things by {@code data-testid}; every lookup waits (WebDriverWait), never sleeps.
 */
final class Browser implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);

    final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser open() {
        try {
            Path profile = Files.createTempDirectory("kajimaru-browser-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--window-size=1280,900", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                    .withEnvironment(Map.of("SE_OFFLINE", "true"))
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the UI at a hash route, e.g. {@code go("/")} or {@code go("/members")}. */
    Browser go(String route) {
        driver.get(RunningStack.GATEWAY + "/#" + route);
        return this;
    }

    WebDriverWait waiting(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        // A list the page draws again while a condition reads it (the members after a PIN was set) is read again at
        // the next poll instead of failing the wait (CI met it in BrowserIT).
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    static By testId(String id) {
        return By.cssSelector("[data-testid='" + id + "']");
    }

    /** The visible element with that data-testid (waits for it). */
    WebElement visible(String id) {
        return waiting(WAIT).until(ExpectedConditions.visibilityOfElementLocated(testId(id)));
    }

    WebElement visible(By by) {
        return waiting(WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void click(String id) {
        waiting(WAIT).until(ExpectedConditions.elementToBeClickable(testId(id))).click();
    }

    void click(WebElement element) {
        waiting(WAIT).until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /**
     * Scrolls the element to the middle of the window at once, then clicks it. Bootstrap makes scrolling smooth,
     * so on long pages (the dashboard) a plain click can land while the page is still gliding and be intercepted.
     */
    void clickInView(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'})", element);
        click(element);
    }

    void clickInView(String id) {
        clickInView(waiting(WAIT).until(ExpectedConditions.presenceOfElementLocated(testId(id))));
    }

    /** Types into the input named {@code name} inside the visible form. */
    void type(String name, String text) {
        WebElement input = visible(By.cssSelector("form [name='" + name + "']"));
        input.clear();
        input.sendKeys(text);
    }

    void select(String name, String value) {
        new Select(visible(By.cssSelector("form [name='" + name + "']"))).selectByValue(value);
    }

    /** Signs a new household up from the start page's form; the caller waits for the page it expects next. */
    void signUp(String householdName, String displayName, String email, String password) {
        clickInView("start-signup");
        type("householdName", householdName);
        type("displayName", displayName);
        type("email", email);
        type("password", password);
        type("passwordConfirm", password);
        clickInView("signup-submit");
    }

    /** Logs in from the start page with e-mail and password; returns once the navigation bar shows who it is. */
    void logIn(String email, String password, String displayName) {
        go("/");
        clickInView("start-login");
        type("email", email);
        type("password", password);
        clickInView("login-submit");
        waiting(WAIT).until(ExpectedConditions.textToBe(testId("nav-user"), displayName));
    }

    String text(String id) {
        return visible(id).getText().trim();
    }

    List<WebElement> all(String id) {
        return driver.findElements(testId(id));
    }

    boolean displayed(String id) {
        return all(id).stream().anyMatch(WebElement::isDisplayed);
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    Object asyncScript(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
    }

    /** Saves a PNG under system-tests/target/browser-it/ for a human to look at. */
    void screenshot(String name) {
        try {
            Path dir = RunningStack.REPO.resolve("system-tests/target/browser-it");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            System.err.println("[browser] no screenshot " + name + ": " + e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException ignored) {
                // A leftover temp profile is harmless.
            }
        }
    }
}
