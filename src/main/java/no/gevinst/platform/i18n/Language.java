package no.gevinst.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

/** The language of the page being rendered, and links to switch it. */
@Named
@RequestScoped
public class Language {

    @Inject
    HttpServletRequest request;

    public Locale getLocale() {
        return LanguageFilter.of(request);
    }

    public String getTag() {
        return getLocale().toLanguageTag();
    }

    public List<Locale> getSupported() {
        return Languages.SUPPORTED;
    }

    /** The language's own name for itself: "Bokmål", "Nynorsk", "English". */
    public String nameOf(Locale locale) {
        return Messages.text(locale, "language.self");
    }

    public boolean isCurrent(Locale locale) {
        return getLocale().equals(locale);
    }
}
