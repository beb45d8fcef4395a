package no.gevinst.platform.rest;

/**
 * A change was sent without the {@code If-Match} version it was made from; answered with 428 so that no client
 * can overwrite someone else's change without seeing it.
 */
public class PreconditionRequiredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The version in an {@code If-Match} header such as {@code "3"} or {@code W/"3"}. */
    public static long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            // A tag this server never gave out cannot match the current version.
            return -1;
        }
    }
}
