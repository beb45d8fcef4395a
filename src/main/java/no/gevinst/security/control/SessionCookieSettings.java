package no.gevinst.security.control;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The session cookie: HttpOnly, Secure behind TLS (from configuration); and the idle timeout. */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Inject
    @ConfigProperty(name = "gevinst.session.timeout-minutes", defaultValue = "30")
    int timeoutMinutes;

    @Inject
    @ConfigProperty(name = "gevinst.session.cookie-secure", defaultValue = "false")
    boolean secure;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        var context = event.getServletContext();
        context.setSessionTimeout(timeoutMinutes);
        SessionCookieConfig cookie = context.getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        // SameSite=Lax is set in WEB-INF/payara-web.xml, where Payara reads it. Lax, not Strict: a link in an
        // email must still find the user logged in.
    }
}
