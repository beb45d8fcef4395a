package no.gevinst.platform.entity;

import java.util.regex.Pattern;

/** The one check of an email address typed anywhere: something@somewhere.tld, at most 200 characters. */
public final class EmailAddress {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_LENGTH = 200;

    private EmailAddress() {
    }

    /** Whether a filled-in address looks like one; a blank one is for the caller to require or not. */
    public static boolean isValid(String address) {
        String trimmed = address.trim();
        return trimmed.length() <= MAX_LENGTH && SHAPE.matcher(trimmed).matches();
    }
}
