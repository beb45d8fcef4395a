package no.gevinst.platform.i18n;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The three languages of the user interface: Bokmål (the default), Nynorsk and English. */
public final class Languages {

    public static final Locale BOKMAAL = Locale.forLanguageTag("nb");
    public static final Locale NYNORSK = Locale.forLanguageTag("nn");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(BOKMAAL, NYNORSK, ENGLISH);
    public static final Locale DEFAULT = BOKMAAL;

    private Languages() {
    }

    /** The supported language for a tag such as "nn" or "nb-NO"; plain "no" is Bokmål. */
    public static Optional<Locale> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        return fromLanguage(Locale.forLanguageTag(tag.trim()).getLanguage());
    }

    /** The first supported language among those a client accepts, in its order of preference. */
    public static Locale preferred(List<Locale> accepted) {
        return accepted.stream()
                .map(locale -> fromLanguage(locale.getLanguage()))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(DEFAULT);
    }

    /** The language a request's Accept-Language header prefers; Bokmål when it has none. */
    public static Locale fromAcceptLanguage(HttpServletRequest request) {
        // Without the header the servlet container reports its own default locale, which is not the client's wish.
        return request.getHeader("Accept-Language") == null ? DEFAULT
                : preferred(Collections.list(request.getLocales()));
    }

    public static Optional<Locale> fromLanguage(String language) {
        return switch (language) {
            case "nb", "no" -> Optional.of(BOKMAAL);
            case "nn" -> Optional.of(NYNORSK);
            case "en" -> Optional.of(ENGLISH);
            default -> Optional.empty();
        };
    }
}
