package no.gevinst.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.function.Function;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.i18n.Messages;

/** Messages on pages, in the page's language. */
public final class FacesMessages {

    private FacesMessages() {
    }

    /**
     * Shows each violation at the input it concerns; {@code clientIdOf} maps a violation's field to the client id of
     * that input. The form stays as the user typed it.
     */
    public static void showAtFields(FacesContext context, InvalidInputException invalid, Function<String, String> clientIdOf) {
        Locale locale = context.getViewRoot().getLocale();
        invalid.violations().forEach(violation -> {
            String text = Messages.named(locale, invalid.labelPrefix(), violation);
            context.addMessage(clientIdOf.apply(violation.field()), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        });
        context.validationFailed();
    }

    public static void error(FacesContext context, String key, Object... arguments) {
        String text = Messages.text(context.getViewRoot().getLocale(), key, arguments);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public static void info(FacesContext context, String key, Object... arguments) {
        String text = Messages.text(context.getViewRoot().getLocale(), key, arguments);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /**
     * Ends the request with the not-found page: for what does not exist and for what the user may not see alike,
     * so that nobody learns which of the two it was.
     */
    public static void notFound(FacesContext context) throws java.io.IOException {
        context.getExternalContext().responseSendError(404, "");
        context.responseComplete();
    }

    /** A message that survives the redirect after a successful save. */
    public static void infoAfterRedirect(FacesContext context, String key, Object... arguments) {
        String text = Messages.text(context.getViewRoot().getLocale(), key, arguments);
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }
}
