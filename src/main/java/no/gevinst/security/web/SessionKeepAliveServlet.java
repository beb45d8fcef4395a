package no.gevinst.security.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Stay logged in" in the session-expiry warning: asking for the session marks it as used, which is all it takes.
 * It answers 204 while the user is logged in and 401 once the session is gone (the login page would otherwise
 * answer, and look like success to the script).
 */
@WebServlet(SessionKeepAliveServlet.PATH)
public class SessionKeepAliveServlet extends HttpServlet {

    public static final String PATH = "/session/keep-alive";
    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        boolean loggedIn = request.getSession(false) != null && request.getUserPrincipal() != null;
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(loggedIn ? HttpServletResponse.SC_NO_CONTENT : HttpServletResponse.SC_UNAUTHORIZED);
    }
}
