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

/** The XSS battery against the application as it ships; see {@link XssBattery} for where it writes script and where it looks. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class XssIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void scriptInEveryFreeTextFieldIsShownAsTextInPagesLetterAndReport() {
        XssBattery.Outcome outcome = XssBattery.assertShownAsText(Deployments.onLoopback(base));
        System.out.println("XssIT: " + outcome.summary());
        assertTrue(outcome.fields() >= 16, "script was written into every free-text field: " + outcome.summary());
        assertTrue(outcome.checks() >= 60, "and looked for where it comes out: " + outcome.summary());
    }
}
