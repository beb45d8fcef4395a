package no.gevinst.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.function.Function;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.NotFoundException;
import no.gevinst.platform.entity.StaleVersionException;
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

    /**
     * Runs a page's act and tells whether it succeeded. A refusal is shown as its translated message instead: each
     * violation of invalid input at the input {@code clientIdOf} names for its field (above the form where that is
     * null), a business rule's refusal with its key and arguments, a version changed by someone else with
     * {@code problem.staleVersion}, and what is gone with {@code problem.notFound}; all above the form.
     */
    public static boolean attempt(FacesContext context, Function<String, String> clientIdOf, Runnable act) {
        return attempt(context, clientIdOf, "problem.staleVersion", act);
    }

    /** {@link #attempt(FacesContext, Function, Runnable)} with every message above the form. */
    public static boolean attempt(FacesContext context, Runnable act) {
        return attempt(context, field -> null, act);
    }

    /**
     * {@link #attempt(FacesContext, Function, Runnable)} telling of a version changed by someone else with
     * {@code staleKey}, for a form that says more about what to do than the general message.
     */
    public static boolean attempt(FacesContext context, Function<String, String> clientIdOf, String staleKey,
            Runnable act) {
        try {
            act.run();
            return true;
        } catch (InvalidInputException invalid) {
            showAtFields(context, invalid, clientIdOf);
        } catch (StaleVersionException stale) {
            error(context, staleKey);
        } catch (DomainException refused) {
            error(context, refused.messageKey(), refused.arguments());
        } catch (NotFoundException gone) {
            error(context, "problem.notFound");
        }
        return false;
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
