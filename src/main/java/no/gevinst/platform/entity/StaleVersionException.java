package no.gevinst.platform.entity;

import jakarta.ejb.ApplicationException;

/** The client edited a version that someone else has changed since; answered with 412 and nothing changed. */
@ApplicationException(rollback = true)
public class StaleVersionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StaleVersionException(long expected, long actual) {
        super("expected version " + expected + " but it is " + actual);
    }

    /** A conditional request named a version (an entity tag or a time) that {@code what} no longer is. */
    public StaleVersionException(String what) {
        super(what + " is not the version the request named");
    }
}
