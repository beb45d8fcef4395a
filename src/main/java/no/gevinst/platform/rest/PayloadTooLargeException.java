package no.gevinst.platform.rest;

/**
 * A request body or an uploaded file over its limit: answered 413. Thrown where the limit is passed, also from deep
 * inside a reader (wrapped in the reader's own exception), so that no body is read whole first.
 */
public class PayloadTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String detailKey;
    private final long limitMegabytes;

    /** @param detailKey the bundle key saying what was too large, with the limit in MB as its argument */
    public PayloadTooLargeException(String detailKey, long limitBytes) {
        super("Larger than " + limitBytes + " bytes");
        this.detailKey = detailKey;
        this.limitMegabytes = limitBytes / (1024 * 1024);
    }

    public String detailKey() {
        return detailKey;
    }

    public long limitMegabytes() {
        return limitMegabytes;
    }

    /** The one in {@code thrown} or among its causes, or null. */
    static PayloadTooLargeException in(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }
}
