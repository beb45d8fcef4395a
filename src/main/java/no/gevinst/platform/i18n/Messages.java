package no.gevinst.platform.i18n;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.gevinst.platform.entity.Violation;

/** Texts from the message bundles ({@code no/gevinst/i18n/messages_*.properties}) outside Faces pages. */
public final class Messages {

    public static final String BUNDLE = "no.gevinst.i18n.messages";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Messages() {
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text for {@code key}, with {@code arguments} filled in; a missing key shows as {@code ???key???}. */
    public static String text(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = shown(locale, arguments[i]);
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    /** Dates as Norwegians write them, and enum values by their label ({@code applicationStatus.DRAFT}). */
    private static Object shown(Locale locale, Object argument) {
        return switch (argument) {
            case LocalDate day -> DAY.format(day);
            case Enum<?> value -> {
                String type = value.getDeclaringClass().getSimpleName();
                yield text(locale, Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name());
            }
            case null, default -> argument;
        };
    }

    private static final Pattern ITEM_FIELD = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");

    /**
     * A violation's message naming its field, {@code "Milepæl 2, beløp: Fyll ut feltet."}, with the labels under
     * {@code labelPrefix}; just the message when there is no prefix.
     */
    public static String named(Locale locale, String labelPrefix, Violation violation) {
        String message = text(locale, violation.messageKey(), violation.arguments().toArray());
        if (labelPrefix == null) {
            return message;
        }
        return label(locale, labelPrefix, violation.field()) + ": " + message;
    }

    /** The label of a field such as {@code title} or {@code milestones[1].amount} ("Milepæl 2, beløp"). */
    public static String label(Locale locale, String labelPrefix, String field) {
        Matcher item = ITEM_FIELD.matcher(field);
        if (item.matches()) {
            String list = item.group(1);
            String part = text(locale, labelPrefix + "." + list + "." + item.group(3));
            return text(locale, labelPrefix + "." + list + ".item", Integer.parseInt(item.group(2)) + 1) + ", "
                    + part.substring(0, 1).toLowerCase(locale) + part.substring(1);
        }
        return text(locale, labelPrefix + "." + field);
    }
}
