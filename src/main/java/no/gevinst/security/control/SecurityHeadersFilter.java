package no.gevinst.security.control;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response. PrimeFaces adds a second Content-Security-Policy with a per-request nonce for
 * its scripts; browsers enforce both, so scripts need that nonce and everything else follows this policy.
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    /**
     * Forms post to Gevinst only, and so do the redirects after them, but for signing out at a sign-in provider
     * (RP-initiated logout): its origin is the one other place a form's answer may send the browser.
     */
    private static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self';"
            + " object-src 'none'; base-uri 'self'; form-action 'self'" + OpenIdProviders.origins().stream()
                    .map(origin -> " " + origin).collect(java.util.stream.Collectors.joining())
            + "; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /** Also called for answers written before any filter runs, such as the API's 401. */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/")) {
            // Pages and API answers hold personal and financial data: never keep them in a shared cache.
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
