package no.gevinst.platform.i18n;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Remembers a language choice for a year and returns to the page it was made on. Public, so that the login page
 * and the error pages can switch language too.
 */
@WebServlet(LanguageChoiceServlet.PATH)
public class LanguageChoiceServlet extends HttpServlet {

    public static final String PATH = "/language";
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String contextPath = request.getContextPath();
        Languages.fromTag(request.getParameter("to"))
                .ifPresent(language -> Language.remember(request, response, language));
        response.sendRedirect(safeReturn(request.getParameter("return"), contextPath));
    }

    /** Back to a page of this application only; anything else could send the user to another site. */
    static String safeReturn(String target, String contextPath) {
        String root = contextPath + "/";
        if (target == null || !target.startsWith(root) || target.startsWith("//") || target.contains("\\")
                || target.startsWith(contextPath + PATH)) {
            return root;
        }
        return target;
    }
}
