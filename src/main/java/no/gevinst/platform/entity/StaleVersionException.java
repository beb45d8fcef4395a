package no.gevinst.platform.entity;

import jakarta.ejb.ApplicationException;

/** The client edited a version that someone else has changed since; answered with 412 and nothing changed. */
@ApplicationException(rollback = true)
public class StaleVersionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StaleVersionException(long expected, long actual) {
        super("expected version " + expected + " but it is " + actual);
    }
}
