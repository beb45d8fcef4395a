package no.gevinst.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import no.gevinst.support.DeployedApplication;
import no.gevinst.support.Deployments;
import org.junit.jupiter.api.Test;

/** The XSS battery against the application as it ships; see {@link XssBattery} for where it writes script and where it looks. */
public abstract class XssIT {

    final URL base = DeployedApplication.reported();

    @Test
    void scriptInEveryFreeTextFieldIsShownAsTextInPagesLetterAndReport() {
        XssBattery.Outcome outcome = XssBattery.assertShownAsText(Deployments.onLoopback(base));
        System.out.println("XssIT: " + outcome.summary());
        assertTrue(outcome.fields() >= 16, "script was written into every free-text field: " + outcome.summary());
        assertTrue(outcome.checks() >= 60, "and looked for where it comes out: " + outcome.summary());
    }
}
