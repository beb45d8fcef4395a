package no.gevinst;

import no.gevinst.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The container tests of the application exactly as it ships (no test-support routes, so that what every route
 * answers to whom is the product's alone), on H2 and again on PostgreSQL: one Payara Micro for them all, since
 * starting one per test class cost most of the run. Each test class keeps its own budget years and users, as they
 * share the database anyway.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShippedSuiteIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Nested
    class RegisterIT extends no.gevinst.municipalities.boundary.RegisterIT {
    }

    @Nested
    class OpenDataIT extends no.gevinst.opendata.boundary.OpenDataIT {
    }

    @Nested
    class ApplicationsIT extends no.gevinst.applications.boundary.ApplicationsIT {
    }

    @Nested
    class IsolationIT extends no.gevinst.security.IsolationIT {
    }

    @Nested
    class UsersIT extends no.gevinst.security.boundary.UsersIT {
    }
}
