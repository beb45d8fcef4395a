package no.gevinst.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import no.gevinst.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The bad-input battery against the application as it ships; see {@link BadInputBattery} for what it tries. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyRouteRefusesBadInputWithAProblemAndStoresNothing() {
        BadInputBattery.Outcome outcome = BadInputBattery.assertAllRefused(Deployments.onLoopback(base));
        System.out.println("BadInputIT: " + outcome.summary());
        assertTrue(outcome.attempts() >= 400, "the battery tried its bad inputs: " + outcome.summary());
        assertTrue(outcome.attemptsByRoute().size() >= 40, "on the routes of the API: " + outcome.attemptsByRoute().keySet());
    }
}
