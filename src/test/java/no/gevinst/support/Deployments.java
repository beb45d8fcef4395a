package no.gevinst.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that Maven built, exactly as it ships; container tests deploy it rather than a hand-picked subset. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application() {
        File war = new File(System.getProperty("gevinst.war", "target/gevinst.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn verify runs package before the container tests): " + war);
        }
        return ShrinkWrap.create(ZipImporter.class, "gevinst.war").importFrom(war).as(WebArchive.class);
    }

    /**
     * The application plus the given test classes, for tests that run inside the container. Arquillian reaches them
     * through its own servlet, which must be outside the login that guards everything else.
     */
    public static WebArchive withTests(Class<?>... testClasses) {
        WebArchive archive = application().addClasses(testClasses);
        String webXml = read(archive.get("WEB-INF/web.xml").getAsset());
        String publicPattern = "<url-pattern>/login.xhtml</url-pattern>";
        if (!webXml.contains(publicPattern)) {
            throw new IllegalStateException("web.xml no longer lists the login page as public; update Deployments");
        }
        webXml = webXml.replace(publicPattern, publicPattern + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern>");
        return archive.setWebXML(new StringAsset(webXml));
    }

    /**
     * The application's address on the loopback interface. Payara Micro reports the machine's own address, which a
     * browser on a closed network may not be allowed to reach; it listens on every interface, loopback included.
     */
    public static URL onLoopback(URL reported) {
        try {
            return new URL(reported.getProtocol(), "127.0.0.1", reported.getPort(), reported.getFile());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String read(Asset asset) {
        try (InputStream in = asset.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
