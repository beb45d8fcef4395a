package no.gevinst.security.control;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The session cookie: HttpOnly, Secure behind TLS (from configuration), the only place of the session id; the idle timeout. */
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
        // the session's id in the cookie only, never rewritten into links, where it would leak through logs,
        // bookmarks and the Referer header
        context.setSessionTrackingModes(java.util.EnumSet.of(jakarta.servlet.SessionTrackingMode.COOKIE));
        // SameSite=Lax is set in WEB-INF/payara-web.xml, where Payara reads it. Lax, not Strict: a link in an
        // email must still find the user logged in.
    }
}
