package no.gevinst.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium through its chromedriver, as a Norwegian user's browser: it asks for Bokmål. */
public final class Chromium {

    private Chromium() {
    }

    /**
     * Start it after Payara Micro, never before: ChromeDriver takes a port of its own, and one taken before Payara
     * starts could be the very port Arquillian chose for it.
     */
    public static WebDriver start(Path downloads) throws IOException {
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
}
