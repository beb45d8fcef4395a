package no.gevinst.tracking.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.gevinst.tracking.boundary.AccessLog;
import no.gevinst.tracking.boundary.ReadsOfTheRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At the end of every request, page or API, stores what it read of applications in the access log: one insert per
 * application read, none for a request that read none.
 */
@WebFilter(filterName = "AccessRecording", urlPatterns = "/*")
public class AccessRecording extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    AccessLog accessLog;

    @Inject
    ReadsOfTheRequest reads;

    /** Off only to measure what the log costs (the benchmark): the municipalities are told every read is recorded. */
    @Inject
    @ConfigProperty(name = "gevinst.access-log.recording", defaultValue = "true")
    boolean recording;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (recording && !reads.isEmpty()) {
                String query = request.getQueryString();
                accessLog.recordReadsOfTheRequest(request.getMethod() + " "
                        + request.getRequestURI().substring(request.getContextPath().length())
                        + (query == null || query.length() > 200 ? "" : "?" + query));
            }
        }
    }
}
