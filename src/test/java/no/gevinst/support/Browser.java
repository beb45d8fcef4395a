package no.gevinst.support;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium on Gevinst's pages, with the steps every browser test takes: log in, type, choose, wait. It is
 * Debian's Chromium through its chromedriver, as a Norwegian user's browser: it asks for Bokmål. A test class shares
 * one ({@link SharedBrowser}); closing it quits Chromium.
 */
public final class Browser implements AutoCloseable {

    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private final WebDriver driver;
    private final String root;
    private final Path screenshots;

    /**
     * Start it after Payara Micro, never before, so in a test, not in a static initialiser: ChromeDriver takes a port
     * of its own, and one taken before Payara starts could be the very port Arquillian chose for it.
     */
    public Browser(URL deployment, Path downloads, Path screenshots) throws IOException {
        this.root = Deployments.onLoopback(deployment).toString();
        this.screenshots = Files.createDirectories(screenshots);
        this.driver = chromium(downloads);
    }

    private static WebDriver chromium(Path downloads) throws IOException {
        Files.createDirectories(downloads);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .build();
        var options = new ChromeOptions()
                .setBinary(System.getProperty("chromium", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--window-size=1280,900",
                        "--user-data-dir=" + Files.createTempDirectory(Path.of("target"), "chromium").toAbsolutePath())
                .setExperimentalOption("prefs", Map.of("intl.accept_languages", "nb-NO,nb",
                        "download.default_directory", downloads.toAbsolutePath().toString(),
                        "download.prompt_for_download", false));
        WebDriver chromium = new ChromeDriver(service, options);
        chromium.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return chromium;
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * A wait that looks again when the page is between documents: Chromium then answers "node does not belong to
     * the document" (a plain WebDriverException), not only the stale-element error that waits ignore by themselves.
     */
    public WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }

    /** Quits Chromium. */
    @Override
    public void close() {
        driver.quit();
    }

    /** A new visitor: no session, no language cookie. */
    public void forgetEverything() {
        open("login.xhtml");
        driver.manage().deleteAllCookies();
    }

    public String url(String path) {
        return root + path;
    }

    public void open(String path) {
        driver.get(url(path));
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String page() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public void login(String username, String password) {
        open("login.xhtml");
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        // The login page has a heading too: wait until it has been replaced (by the next page or by itself again).
        clickAndWaitForTheNextPage(driver.findElement(By.id("login:submit")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    /** Another user of the same browser: the last one's session and choices are forgotten first. */
    public void loginAs(String username) {
        forgetEverything();
        login(username, Api.DEMO_PASSWORD);
    }

    public void click(String id) {
        driver.findElement(By.id(id)).click();
    }

    /** Replaces a field's text and leaves it, as a user tabbing on would. */
    public void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text, Keys.TAB);
    }

    /** Replaces the text of a PrimeFaces number or date input, which {@code clear()} does not empty. */
    public void retype(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.TAB);
    }

    public void choose(String id, String visibleText) {
        new Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
    }

    public void chooseLanguage(String name) {
        clickAndWaitForTheNextPage(driver.findElement(By.cssSelector("nav.language-switch")).findElement(By.linkText(name)));
    }

    /**
     * Waits until the address contains {@code fragment} and that page has loaded; when it never comes, the failure
     * tells what the page it stayed on says (a refusal shown above the form, an error page).
     */
    public void waitForUrl(String fragment) {
        try {
            waiting().until(ExpectedConditions.urlContains(fragment));
        } catch (org.openqa.selenium.TimeoutException stayed) {
            throw new AssertionError("never reached an address with " + fragment + "; still on "
                    + driver.getCurrentUrl() + ", which says:\n" + page(), stayed);
        }
        waiting().until(d -> "complete".equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Clicks what leaves the page, and returns once the page it was on is gone (not yet the next one loaded). */
    public void clickAndWaitForTheNextPage(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        waiting().until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                // Stale, or (Chromium, mid-navigation) "node does not belong to the document": replaced either way.
                return true;
            }
        });
    }

    public void waitForPageText(String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), text));
    }

    public void waitForText(String id, String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    /** Agrees to the confirmation an irreversible act asks for, after checking that it asked this. */
    public void confirm(String expectedQuestionStart) {
        var question = waiting().until(ExpectedConditions.alertIsPresent());
        String text = question.getText();
        question.accept();
        if (!text.startsWith(expectedQuestionStart)) {
            throw new AssertionError("asked \"" + text + "\", expected \"" + expectedQuestionStart + "…\"");
        }
    }

    /** The window scrolled to show the element with this id from its top, as {@code NAME.png}. */
    public Path screenshotOf(String name, String id) throws IOException {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -16);", driver.findElement(By.id(id)));
        return screenshot(name);
    }

    /** The visible window as {@code NAME.png} in this browser's screenshot folder. */
    public Path screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        return Files.copy(shot.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
