package no.gevinst.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.gevinst.support.Api;
import no.gevinst.support.Axe;
import no.gevinst.support.Browser;
import no.gevinst.support.DeployedApplication;
import no.gevinst.support.SharedBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core (WCAG 2.1 A and AA rules) on every page each role reaches: from the start page every link of the
 * application is followed, one page per path, so a new page is checked as soon as a menu or list links to it.
 * A serious or critical violation fails the test; minor and moderate ones are listed in its output. A page showing
 * a text missing from the bundles ({@code ???key???}) fails it too. Then what axe cannot see: the keyboard alone
 * gets through login and a form, errors are tied to their fields, and the session-expiry warning holds the focus.
 */
public abstract class AccessibilityIT {

    private static final int MAX_PAGES = 60;
    /** Links that act rather than show: leaving, switching language, downloads and the API. */
    private static final List<String> NOT_PAGES = List.of("/language", "/api/", "logout", "/jakarta.faces.resource/",
            "/openapi", "/health", "/metrics");

    @RegisterExtension
    static final SharedBrowser SHARED = new SharedBrowser(Path.of("target", "downloads"),
            Path.of("target", "screenshots"));

    private Browser browser;
    private WebDriver driver;

    final URL base = DeployedApplication.reported();

    @BeforeEach
    void freshSession() throws IOException {
        browser = SHARED.on(base);
        driver = browser.driver();
        browser.forgetEverything();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"(not logged in)", "kommune.drammen", "tilgang.drammen", "saksbehandler1", "godkjenner1", "ledelse",
        "admin"})
    void everyPageARoleReachesHasNoSeriousOrCriticalViolationNorMissingText(String username) {
        boolean anonymous = username.startsWith("(");
        if (!anonymous) {
            browser.login(username, Api.DEMO_PASSWORD);
        }
        Axe axe = new Axe();
        Map<String, List<String>> serious = new LinkedHashMap<>();
        List<String> minor = new ArrayList<>();
        Set<String> seenPaths = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(driver.getCurrentUrl()));
        while (!queue.isEmpty() && seenPaths.size() < MAX_PAGES) {
            String url = queue.poll();
            String path = URI.create(url).getPath();
            if (!seenPaths.add(path)) {
                continue;
            }
            driver.get(url);
            browser.waiting().until(d -> ((JavascriptExecutor) d)
                    .executeScript("return document.readyState").equals("complete"));
            if (driver.getPageSource().contains("???")) {
                serious.computeIfAbsent(path, p -> new ArrayList<>())
                        .add("a text missing from the bundles (???key???) on " + path);
            }
            for (Axe.Violation violation : axe.check(driver)) {
                if (violation.serious()) {
                    serious.computeIfAbsent(path, p -> new ArrayList<>()).add(violation.line());
                } else {
                    minor.add(violation.line());
                }
            }
            links().forEach(queue::add);
        }
        System.out.printf("axe, %s: %d pages %s%n", username, seenPaths.size(), seenPaths);
        minor.forEach(line -> System.out.println("  minor/moderate: " + line));
        assertTrue(seenPaths.size() >= (anonymous ? 2 : 4), "pages reached: " + seenPaths);
        assertTrue(serious.isEmpty(), "serious or critical WCAG 2.1 A/AA violations:\n" + serious.values().stream()
                .flatMap(List::stream).collect(Collectors.joining("\n")));
    }

    /** The application's own pages this page links to. */
    private List<String> links() {
        String root = browser.url("");
        List<String> links = new ArrayList<>();
        for (WebElement a : driver.findElements(By.cssSelector("a[href]"))) {
            String href = a.getAttribute("href");
            if (href != null && href.startsWith(root) && !href.contains("#")
                    && NOT_PAGES.stream().noneMatch(href::contains) && !href.endsWith(".pdf")) {
                links.add(href);
            }
        }
        return links;
    }

    private WebElement focused() {
        return driver.switchTo().activeElement();
    }

    private void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    /** Tabs on until the element with this id has the focus, and fails if it is not within reach. */
    private void tabTo(String id) {
        for (int i = 0; i < 80; i++) {
            if (id.equals(focused().getAttribute("id"))) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("the keyboard never reached #" + id);
    }

    /** The focused element is drawn with a visible outline (WCAG 2.4.7). */
    private void assertFocusVisible() {
        WebElement element = focused();
        String outline = (String) ((JavascriptExecutor) driver).executeScript(
                "var s = getComputedStyle(arguments[0]); return s.outlineStyle + ' ' + s.outlineWidth;", element);
        assertFalse(outline.startsWith("none") || outline.endsWith(" 0px"),
                "focus not visible on " + element.getTagName() + "#" + element.getAttribute("id") + ": " + outline);
    }

    @Test
    void theKeyboardAloneLogsInSkipsTheMenuAndReachesEveryActOfAForm() {
        browser.open("login.xhtml");
        // The first stop is the skip link; it leads past the header to the main content.
        press(Keys.TAB);
        assertEquals("skip-link", focused().getAttribute("class"));
        assertFocusVisible();
        tabTo("login:username");
        assertFocusVisible();
        press("kommune.drammen");
        press(Keys.TAB);
        assertEquals("login:password", focused().getAttribute("id"), "username, then password");
        press(Api.DEMO_PASSWORD);
        press(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlContains("municipality/index.xhtml"));
        browser.waiting().until(d -> ((JavascriptExecutor) d)
                .executeScript("return document.readyState").equals("complete"));

        press(Keys.TAB);
        assertEquals("skip-link", focused().getAttribute("class"));
        press(Keys.ENTER);
        assertEquals("main", focused().getAttribute("id"), "the skip link moves the focus to the main content");
        // From the main content, Tab reaches the first act on the page without passing the menu again.
        press(Keys.TAB);
        WebElement first = focused();
        assertTrue(first.findElements(By.xpath("ancestor::main")).size() == 1,
                "after the skip link the next stop is inside main: " + first.getTagName() + " " + first.getText());
        assertFocusVisible();
    }

    @Test
    void anErrorIsAnnouncedAndTiedToItsField() {
        browser.login("admin", Api.DEMO_PASSWORD);
        browser.open("admin/call.xhtml");
        browser.type("call:title", "");
        browser.clickAndWaitForTheNextPage(driver.findElement(By.id("call:save")));
        WebElement title = browser.waiting().until(d -> {
            try {
                WebElement input = d.findElement(By.id("call:title"));
                return "true".equals(input.getAttribute("aria-invalid")) ? input : null;
            } catch (org.openqa.selenium.WebDriverException stillLoading) {
                return null;
            }
        });
        String describedBy = title.getAttribute("aria-describedby");
        assertTrue(describedBy != null && !describedBy.isBlank(), "the invalid field names its message");
        String message = java.util.Arrays.stream(describedBy.split("\\s+"))
                .map(id -> driver.findElements(By.id(id))).flatMap(List::stream).map(WebElement::getText)
                .collect(Collectors.joining(" "));
        assertTrue(message.contains("Fyll ut feltet"), "the message a screen reader reads with the field: " + message);
        List<WebElement> announced = driver.findElements(By.cssSelector("[role=alert], [aria-live]"));
        assertTrue(announced.stream().anyMatch(e -> e.getText().contains("Fyll ut feltet")),
                "the error is in a live region, so it is announced");
    }

    @Test
    void beforeTheSessionExpiresAWarningHoldsTheFocusAndStayingLoggedInKeepsTheSession() {
        browser.login("saksbehandler1", Api.DEMO_PASSWORD);
        WebElement dialog = driver.findElement(By.id("sessionWarning"));
        int lifetime = Integer.parseInt(dialog.getAttribute("data-session-seconds"));
        assertEquals(30 * 60, lifetime, "the server's idle time, 30 minutes, is what the page counts down");
        assertFalse(dialog.isDisplayed(), "no warning while there is time");
        driver.findElement(By.linkText("Søknader")).sendKeys(Keys.SHIFT); // give a link the focus
        WebElement before = focused();

        // Two minutes and one second before the end, counted as if the session were that old.
        ((JavascriptExecutor) driver).executeScript("gevinstSession.restart(121);");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOf(dialog));
        assertTrue(dialog.getText().contains("Økten din utløper snart"), dialog.getText());
        assertEquals("sessionContinue", focused().getAttribute("id"), "the focus moves into the dialog");
        press(Keys.TAB);
        press(Keys.TAB);
        press(Keys.TAB);
        assertTrue(focused().findElements(By.xpath("ancestor-or-self::dialog")).size() == 1,
                "Tab stays in the modal dialog: " + focused().getTagName());

        browser.click("sessionContinue");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOf(dialog));
        assertEquals(before, focused(), "the focus returns to where it was");
        browser.open("applications.xhtml");
        assertEquals("Søknader", browser.heading(), "still logged in");

        // Logged out behind the page's back: the warning says the session is gone and offers a new login.
        WebElement warning = driver.findElement(By.id("sessionWarning"));
        ((JavascriptExecutor) driver).executeScript("gevinstSession.restart(121);");
        driver.manage().deleteCookieNamed("JSESSIONID");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(
                By.id("sessionContinue"))).click();
        WebElement login = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("sessionLogin")));
        assertTrue(warning.getText().contains("Økten er utløpt"), warning.getText());
        assertNotEquals(-1, login.getAttribute("href").indexOf("login.xhtml"));
    }
}
