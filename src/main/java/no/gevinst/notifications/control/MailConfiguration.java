package no.gevinst.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The mail settings of the running application, from MicroProfile Config. */
@ApplicationScoped
public class MailConfiguration {

    @Inject
    @ConfigProperty(name = "gevinst.mail.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "gevinst.mail.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "gevinst.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "gevinst.mail.username", defaultValue = " ")
    String username;

    @Inject
    @ConfigProperty(name = "gevinst.mail.password", defaultValue = " ")
    String password;

    @Inject
    @ConfigProperty(name = "gevinst.mail.from", defaultValue = "gevinst@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "gevinst.mail.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "gevinst.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Produces
    MailSettings settings() {
        return new MailSettings(enabled, host, port, username.trim(), password.trim(), from, startTls, baseUrl);
    }
}
