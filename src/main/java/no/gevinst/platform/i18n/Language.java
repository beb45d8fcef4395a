package no.gevinst.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of the page being rendered: the user's remembered choice, else the browser's preference, else
 * Bokmål; and links that switch it. The choice is remembered in a cookie by {@link LanguageChoiceServlet}.
 */
@Named
@RequestScoped
public class Language {

    public static final String COOKIE = "gevinst_lang";

    @Inject
    HttpServletRequest request;

    private Locale locale;

    /** The language for a request, also where no CDI request bean is at hand. */
    public static Locale of(HttpServletRequest request) {
        return remembered(request).orElseGet(() -> Languages.fromAcceptLanguage(request));
    }

    public Locale getLocale() {
        if (locale == null) {
            locale = of(request);
        }
        return locale;
    }

    public String getTag() {
        return getLocale().toLanguageTag();
    }

    public List<Locale> getSupported() {
        return Languages.SUPPORTED;
    }

    /** The language's own name for itself: "Bokmål", "Nynorsk", "English". */
    public String nameOf(Locale language) {
        return Messages.text(language, "language.self");
    }

    public boolean isCurrent(Locale language) {
        return getLocale().equals(language);
    }

    /** A link that switches to {@code language} and comes back to this page, also from an error page. */
    public String switchUrl(Locale language) {
        Object failedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String back = failedUri != null ? failedUri.toString()
                : request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return request.getContextPath() + LanguageChoiceServlet.PATH + "?to=" + language.toLanguageTag()
                + "&return=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }

    /** Remembers a language in this browser for a year. */
    public static void remember(HttpServletRequest request, HttpServletResponse response, Locale language) {
        String contextPath = request.getContextPath();
        Cookie cookie = new Cookie(COOKIE, language.toLanguageTag());
        cookie.setPath(contextPath.isEmpty() ? "/" : contextPath);
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    public static boolean isRemembered(HttpServletRequest request) {
        return remembered(request).isPresent();
    }

    private static Optional<Locale> remembered(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .findFirst()
                .flatMap(cookie -> Languages.fromTag(cookie.getValue()));
    }
}
