package no.gevinst.platform.entity;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A business rule refused an act. Carries a message key from the bundles and its arguments, so that pages and the
 * API can tell the user why, in their language. Rolls back the transaction: a refused act changes nothing.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final List<Object> arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
