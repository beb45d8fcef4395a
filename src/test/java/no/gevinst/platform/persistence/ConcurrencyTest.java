package no.gevinst.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** What the API answers 409 (a concurrent change) and what 503 (the database out of reach, try again). */
class ConcurrencyTest {

    @Test
    void aLockRefusedByAnotherTransactionIsAConflict() {
        assertTrue(Concurrency.isConflict(new PessimisticLockException(new SQLException("deadlock", "40P01"))));
        assertTrue(Concurrency.isConflict(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(Concurrency.isDatabaseUnreachable(new SQLException("duplicate key", "23505")));
    }

    /**
     * Seen in the cluster tests: PostgreSQL restarting while a submission read the year's reference counter for
     * update; EclipseLink reports the broken connection as a failed pessimistic lock, which was answered 409 "someone
     * else changed this" where the truth is "try again".
     */
    @Test
    void aConnectionBrokenDuringALockingReadIsNoConflictButUnreachable() {
        var broken = new PessimisticLockException(new RuntimeException(new SQLException(
                "FATAL: terminating connection due to administrator command", "57P01")));
        assertFalse(Concurrency.isConflict(broken));
        assertTrue(Concurrency.isDatabaseUnreachable(broken));
        assertTrue(Concurrency.isDatabaseUnreachable(new SQLException("This connection has been closed.", "08003")));
    }
}
