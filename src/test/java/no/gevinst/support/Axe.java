package no.gevinst.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core's WCAG 2.1 A and AA rules on the page a browser shows. The build installs axe-core from npm into
 * {@code target/axe} (src/test/scripts/ensure-axe.sh); it is not committed.
 */
public final class Axe {

    private static final Path SCRIPT = Path.of("target", "axe", "node_modules", "axe-core", "axe.min.js");
    private static final List<String> SERIOUS = List.of("serious", "critical");

    private final String script;

    public Axe() {
        try {
            script = Files.readString(SCRIPT);
        } catch (IOException missing) {
            throw new UncheckedIOException("axe-core is installed by the build's pre-integration-test phase", missing);
        }
    }

    /** One line per violation: impact, rule, page path, help text and up to five of the elements it found. */
    public record Violation(String impact, String line) {
        public boolean serious() {
            return SERIOUS.contains(impact);
        }
    }

    public List<Violation> check(WebDriver browser) {
        var js = (JavascriptExecutor) browser;
        js.executeScript(script);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        String result = (String) js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                    .then(function (r) { done(JSON.stringify(r.violations)); })
                    .catch(function (e) { done(JSON.stringify([{id: 'axe-error', impact: 'critical',
                        help: String(e), nodes: []}])); });""");
        String path = java.net.URI.create(browser.getCurrentUrl()).getPath();
        return Json.createReader(new StringReader(result)).readArray().getValuesAs(JsonObject.class).stream()
                .map(v -> new Violation(v.getString("impact", "?"), v.getString("impact", "?") + " " + v.getString("id")
                        + " on " + path + ": " + v.getString("help") + " " + targets(v)))
                .toList();
    }

    /** Fails on any serious or critical violation on the page; prints the minor and moderate ones. */
    public void assertNoSeriousViolation(WebDriver browser) {
        List<Violation> found = check(browser);
        found.stream().filter(v -> !v.serious()).forEach(v -> System.out.println("  minor/moderate: " + v.line()));
        String serious = found.stream().filter(Violation::serious).map(Violation::line).collect(Collectors.joining("\n"));
        if (!serious.isEmpty()) {
            throw new AssertionError("serious or critical WCAG 2.1 A/AA violations:\n" + serious);
        }
    }

    private static String targets(JsonObject violation) {
        return violation.getJsonArray("nodes").getValuesAs(JsonObject.class).stream().limit(5)
                .map(n -> n.getJsonArray("target").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                        .collect(Collectors.joining(" ")))
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
