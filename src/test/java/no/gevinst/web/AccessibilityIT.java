package no.gevinst.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
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
import no.gevinst.support.Chromium;
import no.gevinst.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core (WCAG 2.1 A and AA rules) on every page each role reaches: from the start page every link of the
 * application is followed, one page per path, so a new page is checked as soon as a menu or list links to it.
 * A serious or critical violation fails the test; minor and moderate ones are listed in its output. A page showing
 * a text missing from the bundles ({@code ???key???}) fails it too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

    private static final Path AXE = Path.of("target", "axe", "node_modules", "axe-core", "axe.min.js");
    private static final int MAX_PAGES = 60;
    /** Links that act rather than show: leaving, switching language, downloads and the API. */
    private static final List<String> NOT_PAGES = List.of("/language", "/api/", "logout", "/jakarta.faces.resource/",
            "/openapi", "/health", "/metrics");

    private static WebDriver browser;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void freshSession() throws IOException {
        if (browser == null) {
            browser = Chromium.start(Path.of("target", "downloads"));
        }
        browser.get(root() + "login.xhtml");
        browser.manage().deleteAllCookies();
    }

    private String root() {
        return Deployments.onLoopback(base).toString();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"(not logged in)", "kommune.drammen", "saksbehandler1", "godkjenner1", "ledelse", "admin"})
    void everyPageARoleReachesHasNoSeriousOrCriticalViolationNorMissingText(String username) throws IOException {
        browser.get(root() + "login.xhtml");
        boolean anonymous = username.startsWith("(");
        if (!anonymous) {
            browser.findElement(By.id("login:username")).sendKeys(username);
            browser.findElement(By.id("login:password")).sendKeys(Api.DEMO_PASSWORD);
            browser.findElement(By.id("login:submit")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.not(
                    ExpectedConditions.urlContains("login.xhtml")));
        }
        String axe = Files.readString(AXE);
        Map<String, List<String>> serious = new LinkedHashMap<>();
        List<String> minor = new ArrayList<>();
        Set<String> seenPaths = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(browser.getCurrentUrl()));
        while (!queue.isEmpty() && seenPaths.size() < MAX_PAGES) {
            String url = queue.poll();
            if (!seenPaths.add(URI.create(url).getPath())) {
                continue;
            }
            browser.get(url);
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> ((JavascriptExecutor) d)
                    .executeScript("return document.readyState").equals("complete"));
            if (browser.getPageSource().contains("???")) {
                serious.computeIfAbsent(URI.create(url).getPath(), p -> new ArrayList<>())
                        .add("a text missing from the bundles (???key???) on " + URI.create(url).getPath());
            }
            for (JsonObject violation : violations(axe)) {
                String line = violation.getString("impact", "?") + " " + violation.getString("id") + " on "
                        + URI.create(url).getPath() + ": " + violation.getString("help") + " " + targets(violation);
                if (List.of("serious", "critical").contains(violation.getString("impact", ""))) {
                    serious.computeIfAbsent(URI.create(url).getPath(), p -> new ArrayList<>()).add(line);
                } else {
                    minor.add(line);
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
        String root = root();
        List<String> links = new ArrayList<>();
        for (WebElement a : browser.findElements(By.cssSelector("a[href]"))) {
            String href = a.getAttribute("href");
            if (href != null && href.startsWith(root) && !href.contains("#")
                    && NOT_PAGES.stream().noneMatch(href::contains) && !href.endsWith(".pdf")) {
                links.add(href);
            }
        }
        return links;
    }

    private List<JsonObject> violations(String axe) {
        var js = (JavascriptExecutor) browser;
        js.executeScript(axe);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        String result = (String) js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                    .then(function (r) { done(JSON.stringify(r.violations)); })
                    .catch(function (e) { done(JSON.stringify([{id: 'axe-error', impact: 'critical',
                        help: String(e), nodes: []}])); });""");
        JsonArray array = Json.createReader(new StringReader(result)).readArray();
        return array.getValuesAs(JsonObject.class);
    }

    private static String targets(JsonObject violation) {
        return violation.getJsonArray("nodes").getValuesAs(JsonObject.class).stream().limit(5)
                .map(n -> n.getJsonArray("target").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                        .collect(Collectors.joining(" ")))
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
