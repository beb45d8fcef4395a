package no.gevinst.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * An error page is rendered as a fresh page, never as the postback of the form that failed. Without this, a refused
 * form post (a forged one, say, without the page's view state and PrimeFaces' CSP nonce) had its error page render
 * as a postback too, which PrimeFaces refused again half-way, and the user got a page cut short. The API's errors
 * are left to {@code ApiErrorPages}.
 */
@WebFilter(filterName = "ErrorPagesAsGet", urlPatterns = "*.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class ErrorPagesAsGet extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter("GET".equals(request.getMethod()) ? request : new FreshRequest(request), response);
    }

    private static final class FreshRequest extends HttpServletRequestWrapper {

        FreshRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
