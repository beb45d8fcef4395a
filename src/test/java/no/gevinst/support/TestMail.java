package no.gevinst.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.util.concurrent.atomic.AtomicReference;
import no.gevinst.notifications.control.MailSettings;

/**
 * The mail settings in test deployments: off, until a test points them at the SMTP server it runs itself
 * (GreenMail on the loopback interface) through {@link TestSupportResource}.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class TestMail {

    private static final AtomicReference<MailSettings> SETTINGS = new AtomicReference<>(MailSettings.OFF);

    static void use(MailSettings settings) {
        SETTINGS.set(settings);
    }

    @Produces
    MailSettings settings() {
        return SETTINGS.get();
    }
}
