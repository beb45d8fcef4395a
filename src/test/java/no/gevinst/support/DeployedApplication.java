package no.gevinst.support;

import java.net.MalformedURLException;
import java.net.URL;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * The address of the application Arquillian deployed last, for the test classes nested in a suite that share its one
 * deployment ({@link no.gevinst.ContainerSuiteIT}): Arquillian injects {@code @ArquillianResource} only into the class
 * that declares the deployment, and starting a Payara Micro per test class cost most of the test run.
 */
public class DeployedApplication implements LoadableExtension {

    private static volatile URL reported;

    /** The application's address as Payara Micro reported it; {@link Deployments#onLoopback} finds where it answers. */
    public static URL reported() {
        if (reported == null) {
            throw new IllegalStateException("No application deployed: a container test runs nested in a suite");
        }
        return reported;
    }

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Remember.class);
    }

    /** Keeps the address of each deployment once it is deployed. */
    public static class Remember {

        @Inject
        private Instance<ProtocolMetaData> metaData;

        public void deployed(@Observes AfterDeploy event) throws MalformedURLException {
            HTTPContext http = metaData.get().getContexts(HTTPContext.class).iterator().next();
            String root = http.getServlets().isEmpty() ? "" : http.getServlets().get(0).getContextRoot();
            reported = new URL("http", http.getHost(), http.getPort(), (root.startsWith("/") ? "" : "/") + root + "/");
        }
    }
}
