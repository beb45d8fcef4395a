package no.gevinst.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

    private static String read(Asset asset) {
        try (InputStream in = asset.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
