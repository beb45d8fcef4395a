package no.gevinst.support;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Test-only: counts the SQL statements EclipseLink sends while serving a request that carries the header
 * {@value #HEADER}; {@code GET /test-support/sql-statements/{id}} tells the count. Every query of the application,
 * JPQL and native alike, goes through EclipseLink, and a request is served on one thread, so a thread-local count
 * per request is exact.
 */
@WebFilter("/*")
public class SqlStatements implements Filter {

    public static final String HEADER = "X-Test-Sql-Count";
    private static final ThreadLocal<List<String>> CURRENT = new ThreadLocal<>();
    private static final Map<String, List<String>> COUNTED = new ConcurrentHashMap<>();

    @PersistenceUnit
    EntityManagerFactory factory;

    @Override
    public void init(FilterConfig config) {
        factory.unwrap(JpaEntityManagerFactory.class).getServerSession().getEventManager()
                .addListener(new SessionEventAdapter() {
                    @Override
                    public void preExecuteCall(SessionEvent event) {
                        List<String> statements = CURRENT.get();
                        if (statements != null) {
                            statements.add(event.getCall() instanceof DatabaseCall call ? call.getSQLString()
                                    : String.valueOf(event.getCall()));
                        }
                    }
                });
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = ((HttpServletRequest) request).getHeader(HEADER);
        if (id == null) {
            chain.doFilter(request, response);
            return;
        }
        List<String> statements = new ArrayList<>();
        CURRENT.set(statements);
        try {
            chain.doFilter(request, response);
        } finally {
            CURRENT.remove();
            COUNTED.put(id, statements);
        }
    }

    /** The statements of the request with this id, in order, once; null if no such request was counted. */
    public static List<String> counted(String id) {
        return COUNTED.remove(id);
    }
}
