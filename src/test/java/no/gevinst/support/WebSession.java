package no.gevinst.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A logged-in user's session on the pages, without a browser: the login form posted as a browser would. */
public final class WebSession {

    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    private WebSession(URL base) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
    }

    public static WebSession login(URL base, String username) {
        return login(base, username, Api.DEMO_PASSWORD);
    }

    public static WebSession login(URL base, String username, String password) {
        WebSession session = new WebSession(base);
        HttpResponse<String> response = session.postLogin(username, password);
        if (response.statusCode() != 302) {
            throw new IllegalStateException("Login of " + username + " failed: " + response.statusCode());
        }
        return session;
    }

    /** Posts the login form as a browser would, with the view state and PrimeFaces' CSP nonce from the page. */
    public static HttpResponse<String> attemptLogin(URL base, String username, String password) {
        return new WebSession(base).postLogin(username, password);
    }

    private HttpResponse<String> postLogin(String username, String password) {
        String form = get("login.xhtml").body();
        Matcher state = VIEW_STATE.matcher(form);
        Matcher nonce = NONCE.matcher(form);
        if (!state.find() || !nonce.find()) {
            throw new IllegalStateException("No view state or CSP nonce on the login page");
        }
        String body = "login=login&login%3Ausername=" + encode(username) + "&login%3Apassword=" + encode(password)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + encode(state.group(1))
                + "&primefaces.nonce=" + encode(nonce.group(1));
        return send(HttpRequest.newBuilder(base.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", "nb").GET().build());
    }

    public HttpResponse<String> get(String path, String header, String value) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", "nb").header(header, value)
                .GET().build());
    }

    /** Posts a form as a browser would, with whatever fields the caller gives (a forged one, say). */
    public HttpResponse<String> post(String path, String formBody) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", "nb")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody)).build());
    }

    /** The session cookie this client holds now, or null. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** A client that has fetched the login page, so holds a session, but has not logged in. */
    public static WebSession anonymous(URL base) {
        WebSession session = new WebSession(base);
        session.get("login.xhtml");
        return session;
    }

    /** Logs this client in (after {@link #anonymous}); true if the application took the credentials. */
    public boolean logIn(String username, String password) {
        return postLogin(username, password).statusCode() == 302;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
