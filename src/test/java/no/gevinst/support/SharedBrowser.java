package no.gevinst.support;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one browser a test class's tests share: started at the first test, once Payara Micro answers (see
 * {@link Browser#Browser}), and quit when the class is done. Register it with {@code @RegisterExtension} on a static
 * field and ask it for the browser in each test (or before each).
 */
public final class SharedBrowser implements AfterAllCallback {

    private final Path downloads;
    private final Path screenshots;
    private Browser browser;

    /** The browser saves what it downloads in {@code downloads}, and its screenshots go to {@code screenshots}. */
    public SharedBrowser(Path downloads, Path screenshots) {
        this.downloads = downloads;
        this.screenshots = screenshots;
    }

    /** The class's browser on the deployment's pages, started the first time it is asked for. */
    public Browser on(URL deployment) throws IOException {
        if (browser == null) {
            browser = new Browser(deployment, downloads, screenshots);
        }
        return browser;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
