package no.gevinst.platform.entity;

import jakarta.ejb.ApplicationException;

/**
 * What was asked for does not exist, or the caller may not know that it does: both answer the same (404, the
 * not-found page), so that nobody learns of another municipality's application by trying ids.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what) {
        super(what);
    }
}
