package no.gevinst.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import no.gevinst.platform.i18n.Languages;
import no.gevinst.platform.i18n.Messages;

/**
 * Error bodies as {@code application/problem+json} (RFC 9457), in the language the client accepts. The title names
 * the kind of problem for the status; the detail says what went wrong in this case.
 */
@ApplicationScoped
public class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A field and what is wrong with it, for validation errors. */
    public record FieldError(String field, String message) {
    }

    public JsonObject problem(Locale locale, int status, String detailKey, Object[] arguments, List<FieldError> errors) {
        JsonObjectBuilder problem = Json.createObjectBuilder()
                .add("type", detailKey == null ? "about:blank" : "urn:gevinst:problem:" + detailKey)
                .add("title", Messages.text(locale, "problem.status." + status))
                .add("status", status);
        if (detailKey != null) {
            problem.add("detail", Messages.text(locale, detailKey, arguments));
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            errors.forEach(error -> list.add(Json.createObjectBuilder()
                    .add("field", error.field())
                    .add("message", error.message())));
            problem.add("errors", list);
        }
        return problem.build();
    }

    /** Writes a problem straight to a servlet response, for errors raised before JAX-RS is reached. */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, String detailKey,
            Object... arguments) throws IOException {
        Locale locale = Languages.fromAcceptLanguage(request);
        byte[] body = problem(locale, status, detailKey, arguments, List.of()).toString()
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
