package no.gevinst.platform.entity;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A free text made fit to publish: the names, email addresses and telephone numbers of the people an application
 * names are taken out, and so is anything shaped like an email address or a Norwegian telephone number, whoever's.
 */
public final class PublicText {

    /** What stands where something was taken out. */
    public static final String REMOVED = "[…]";

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}");
    /**
     * A Norwegian telephone number as people write it: eight digits together or grouped {@code 12 34 56 78} or
     * {@code 123 45 678}, with or without +47 or 0047 in front. Not amounts ({@code 12 000 000}, groups of three),
     * nor dates (dashes or dots).
     */
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(?<!\\d[.,-])(?:(?:\\+|00)\\s?47\\s?)?"
            + "(?:\\d{8}|\\d{2} \\d{2} \\d{2} \\d{2}|\\d{3} \\d{2} \\d{3})(?!\\d)(?![.,-]\\d)");

    private PublicText() {
    }

    /** {@code text} without {@code people} (names, addresses, numbers as given), emails and telephone numbers. */
    public static String of(String text, List<String> people) {
        if (text == null) {
            return null;
        }
        String cleared = text;
        for (String person : people) {
            if (person != null && person.strip().length() >= 2) {
                cleared = Pattern.compile(Pattern.quote(person.strip()), Pattern.CASE_INSENSITIVE
                        | Pattern.UNICODE_CASE).matcher(cleared).replaceAll(REMOVED);
            }
        }
        cleared = EMAIL.matcher(cleared).replaceAll(REMOVED);
        return PHONE.matcher(cleared).replaceAll(REMOVED);
    }
}
