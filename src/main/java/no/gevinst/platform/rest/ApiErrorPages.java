package no.gevinst.platform.rest;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * An error the servlet container answers itself for an API address (a path it will not route, such as one with an
 * encoded slash, or an empty 404 from a resource) would get the HTML error page meant for browsers; an API client
 * gets a problem+json answer instead, as from every other API error.
 */
@WebFilter(filterName = "ApiErrorPages", urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class ApiErrorPages extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Map<Integer, String> DETAILS = Map.of(403, "problem.forbidden", 404, "problem.notFound",
            500, "problem.internal", 400, "problem.invalid");

    @Inject
    transient Problems problems;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")
                && status instanceof Integer code && !response.isCommitted()) {
            response.resetBuffer();
            problems.write(request, response, code, DETAILS.get(code));
            return;
        }
        chain.doFilter(request, response);
    }
}
