package no.gevinst.support;

import jakarta.annotation.Resource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.io.IOException;

/**
 * An API request with the header {@value #HEADER} runs in a transaction of its own that is rolled back when the answer
 * has been written: the boundaries join it, so whatever the request did to the database is undone (but for what
 * commits apart, in a new transaction of its own). For probes that must not change the shared test database even
 * if a route accepts them. Deployed with the tests only ({@link Deployments#withTestSupport}).
 */
@WebFilter(filterName = "TestRollbackFilter", urlPatterns = "/api/*")
public class RollbackFilter extends HttpFilter {

    public static final String HEADER = "X-Test-Rollback";

    @Resource
    UserTransaction transaction;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getHeader(HEADER) == null) {
            chain.doFilter(request, response);
            return;
        }
        try {
            transaction.begin();
        } catch (jakarta.transaction.NotSupportedException | SystemException e) {
            throw new ServletException(e);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            try {
                if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    transaction.rollback();
                }
            } catch (SystemException | IllegalStateException e) {
                throw new ServletException(e);
            }
        }
    }
}
