package no.gevinst.platform.persistence;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.Set;

/**
 * Whether a failure is the database refusing one of two acts that met on the same rows: nothing of it committed,
 * and the act can be tried again (the API answers 409, a job retries).
 */
public final class Concurrency {

    /**
     * SQL states of such a refusal: a unique key taken by the other (23505), a serialization failure (40001, also
     * H2's deadlock), a deadlock (PostgreSQL 40P01), a lock not available (55P03), a lock timeout (H2's HYT00).
     */
    private static final Set<String> CONFLICT_STATES = Set.of("23505", "40001", "40P01", "55P03", "HYT00");

    private Concurrency() {
    }

    public static boolean isConflict(Throwable thrown) {
        if (isDatabaseUnreachable(thrown)) {
            return false; // EclipseLink reports a connection broken during a locking read as a failed lock
        }
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof PessimisticLockException
                    || cause instanceof LockTimeoutException
                    // EclipseLink's own, outside the JPA hierarchy
                    || cause.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
            if (cause instanceof SQLException sql && CONFLICT_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a failure is the database out of reach (its connection broken, the server shutting down or starting,
     * the pool without a connection): nothing is known to have committed, and the act may be sent again.
     */
    public static boolean isDatabaseUnreachable(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (cause.getClass().getName().equals("com.sun.appserv.connectors.internal.api.PoolingException")) {
                return true;
            }
        }
        return false;
    }
}
