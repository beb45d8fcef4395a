package no.gevinst;

import no.gevinst.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The container tests that drive the API with the test-support routes (a shifted clock, the jobs run on demand, SQL
 * for checks), on H2 and again on PostgreSQL: one Payara Micro for them all, since starting one per test class cost
 * most of the run. Each test class keeps its own budget years and users, as they share the database anyway.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContainerSuiteIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withTestSupport();
    }

    @Nested
    class QueryCountIT extends no.gevinst.platform.QueryCountIT {
    }

    @Nested
    class PlatformIT extends no.gevinst.platform.PlatformIT {
    }

    @Nested
    class DecisionsIT extends no.gevinst.assessment.boundary.DecisionsIT {
    }

    @Nested
    class NotificationsIT extends no.gevinst.notifications.NotificationsIT {
    }

    @Nested
    class AccessLogIT extends no.gevinst.tracking.AccessLogIT {
    }

    @Nested
    class PaymentsIT extends no.gevinst.payments.boundary.PaymentsIT {
    }

    @Nested
    class MoneyRulesIT extends no.gevinst.payments.boundary.MoneyRulesIT {
    }

    @Nested
    class DecisionPointsIT extends no.gevinst.payments.boundary.DecisionPointsIT {
    }

    @Nested
    class ChangeRequestsIT extends no.gevinst.payments.boundary.ChangeRequestsIT {
    }

    @Nested
    class LedgerConstraintsIT extends no.gevinst.payments.boundary.LedgerConstraintsIT {
    }

    @Nested
    class ReportsIT extends no.gevinst.reports.boundary.ReportsIT {
    }

    @Nested
    class ArchiveIT extends no.gevinst.archive.ArchiveIT {
    }
}
