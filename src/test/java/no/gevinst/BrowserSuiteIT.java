package no.gevinst;

import no.gevinst.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tests of the pages in real Chromium (journeys, axe, the user guide's pictures), of the API document through a
 * generated client, and the XSS and bad-input batteries: on H2 only, since what they check is the web layer and the
 * contract, and the same acts reach the database through the boundaries the other suites drive on PostgreSQL. One
 * Payara Micro for them all, since starting one per test class cost most of the run. The suites run in the order of
 * their names (failsafe's runOrder), so that each run meets the same data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserSuiteIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Nested
    class BrowserIT extends no.gevinst.web.BrowserIT {
    }

    @Nested
    class AccessibilityIT extends no.gevinst.web.AccessibilityIT {
    }

    @Nested
    class JourneyIT extends no.gevinst.web.JourneyIT {
    }

    @Nested
    class GeneratedClientIT extends no.gevinst.platform.GeneratedClientIT {
    }

    @Nested
    class XssIT extends no.gevinst.security.XssIT {
    }

    @Nested
    class BadInputIT extends no.gevinst.security.BadInputIT {
    }
}
