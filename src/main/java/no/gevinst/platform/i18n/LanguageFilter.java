package no.gevinst.platform.i18n;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides the language of every page: a {@code ?lang=} choice (remembered in a cookie for a year), else the
 * remembered choice, else the browser's preference, else Bokmål. A choice is followed by a redirect to the same
 * address without the parameter, so that the choice does not stick to bookmarks.
 */
@WebFilter(filterName = "LanguageFilter", urlPatterns = "/*")
public class LanguageFilter extends HttpFilter {

    public static final String COOKIE = "gevinst_lang";
    public static final String PARAMETER = "lang";
    static final String ATTRIBUTE = LanguageFilter.class.getName() + ".locale";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Locale> chosen = Languages.fromTag(request.getParameter(PARAMETER));
        if (chosen.isPresent() && "GET".equals(request.getMethod())) {
            Cookie cookie = new Cookie(COOKIE, chosen.get().toLanguageTag());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            response.sendRedirect(withoutLanguageParameter(request));
            return;
        }
        request.setAttribute(ATTRIBUTE, remembered(request).orElseGet(() -> Languages.fromAcceptLanguage(request)));
        chain.doFilter(request, response);
    }

    /** The language decided for this request. */
    public static Locale of(HttpServletRequest request) {
        Object locale = request.getAttribute(ATTRIBUTE);
        return locale instanceof Locale decided ? decided : Languages.DEFAULT;
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

    private static String withoutLanguageParameter(HttpServletRequest request) {
        String query = request.getQueryString() == null ? "" : Arrays.stream(request.getQueryString().split("&"))
                .filter(pair -> !pair.startsWith(PARAMETER + "="))
                .collect(Collectors.joining("&"));
        return request.getRequestURI() + (query.isEmpty() ? "" : "?" + query);
    }
}
