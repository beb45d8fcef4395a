package no.gevinst.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import no.gevinst.support.DeployedApplication;
import no.gevinst.support.Deployments;
import org.junit.jupiter.api.Test;

/** The bad-input battery against the application as it ships; see {@link BadInputBattery} for what it tries. */
public abstract class BadInputIT {

    final URL base = DeployedApplication.reported();

    @Test
    void everyRouteRefusesBadInputWithAProblemAndStoresNothing() {
        BadInputBattery.Outcome outcome = BadInputBattery.assertAllRefused(Deployments.onLoopback(base));
        System.out.println("BadInputIT: " + outcome.summary());
        assertTrue(outcome.attempts() >= 400, "the battery tried its bad inputs: " + outcome.summary());
        assertTrue(outcome.attemptsByRoute().size() >= 40, "on the routes of the API: " + outcome.attemptsByRoute().keySet());
    }
}
