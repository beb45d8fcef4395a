package no.gevinst.support;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that Maven built, exactly as it ships; container tests deploy it rather than a hand-picked subset. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application() {
        // A new deployment is a new Payara Micro, which may answer elsewhere than the last one on the same reported
        // port: what was found for the previous test class no longer holds.
        REACHABLE.clear();
        File war = new File(System.getProperty("gevinst.war", "target/gevinst.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn verify runs package before the container tests): " + war);
        }
        return ShrinkWrap.create(ZipImporter.class, "gevinst.war").importFrom(war).as(WebArchive.class);
    }

    /**
     * The application plus the test-only helpers that tests call over HTTP ({@link TestSupportResource}), and the
     * clock they can move ({@link ShiftedClock}), and the benchmark's data generator, and requests that are rolled
     * back ({@link RollbackFilter}).
     */
    public static WebArchive withTestSupport() {
        return application().addClasses(TestData.class, TestSupportResource.class, ShiftedClock.class, TestMail.class,
                SqlStatements.class, no.gevinst.bench.ScaleData.class, JdbcBatch.class, RollbackFilter.class);
    }

    private static final Map<URL, URL> REACHABLE = new ConcurrentHashMap<>();

    /**
     * The application's address on the loopback interface, where it really answers. Payara Micro reports the
     * machine's own address and the port Arquillian asked for; when that port was taken at start-up, Payara binds
     * the next free one (auto-bind) but still reports the first. So the ports from the reported one upwards are
     * tried until the application's login page answers, for up to four minutes.
     */
    public static URL onLoopback(URL reported) {
        return REACHABLE.computeIfAbsent(reported, Deployments::findListeningPort);
    }

    private static URL findListeningPort(URL reported) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            for (int port = reported.getPort(); port < reported.getPort() + 20; port++) {
                URL candidate = loopback(reported, port);
                try {
                    var response = client.send(HttpRequest.newBuilder(URI.create(candidate + "login.xhtml"))
                            // The first page of a new server can take long on a busy machine: wait for it rather
                            // than ask again and again, each asking adding to its work.
                            .timeout(Duration.ofSeconds(90)).GET().build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200 && response.body().contains("login:username")) {
                        return candidate;
                    }
                } catch (IOException notThere) {
                    // nothing listens on this port: try the next
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            sleep();
        }
        throw new IllegalStateException("The application answers on no port from " + reported.getPort());
    }

    private static URL loopback(URL reported, int port) {
        try {
            String file = reported.getFile().endsWith("/") ? reported.getFile() : reported.getFile() + "/";
            return new URI(reported.getProtocol(), null, "127.0.0.1", port, file, null, null).toURL();
        } catch (MalformedURLException | URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
