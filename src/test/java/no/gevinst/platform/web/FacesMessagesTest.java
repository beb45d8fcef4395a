package no.gevinst.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.application.Application;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseStream;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.lifecycle.Lifecycle;
import jakarta.faces.render.RenderKit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.NotFoundException;
import no.gevinst.platform.entity.StaleVersionException;
import no.gevinst.platform.entity.Violation;
import no.gevinst.platform.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How a page's act that is refused is shown: each exception of the boundaries as its message, where it belongs. */
class FacesMessagesTest {

    private static final Locale NB = Locale.forLanguageTag("nb");

    private final Page page = new Page();

    @AfterEach
    void close() {
        page.close();
    }

    @Test
    void anActThatSucceedsShowsNothing() {
        List<String> done = new ArrayList<>();

        assertTrue(FacesMessages.attempt(page, () -> done.add("done")));

        assertEquals(List.of("done"), done);
        assertEquals(List.of(), page.shown);
        assertFalse(page.isValidationFailed());
    }

    @Test
    void invalidInputIsShownAtEachFieldNamedByItsLabel() {
        Function<String, String> clientIdOf = field -> field.equals("title") ? "form:title" : null;

        assertFalse(FacesMessages.attempt(page, clientIdOf, () -> {
            throw new InvalidInputException(List.of(Violation.of("title", "validation.required"),
                    Violation.of("summary", "validation.tooLong", 10)), "application.field");
        }));

        assertEquals(List.of(
                new Shown("form:title", FacesMessage.SEVERITY_ERROR, "Prosjekttittel: Fyll ut feltet."),
                new Shown(null, FacesMessage.SEVERITY_ERROR, Messages.text(NB, "application.field.summary") + ": "
                        + Messages.text(NB, "validation.tooLong", 10))),
                page.shown);
        assertTrue(page.isValidationFailed());
    }

    @Test
    void withoutFieldsInvalidInputIsShownAboveTheForm() {
        assertFalse(FacesMessages.attempt(page, () -> {
            throw new InvalidInputException(List.of(Violation.of("reason", "validation.required")));
        }));

        assertEquals(List.of(new Shown(null, FacesMessage.SEVERITY_ERROR, "Fyll ut feltet.")), page.shown);
    }

    @Test
    void aRefusalIsShownWithItsKeyAndArguments() {
        assertFalse(FacesMessages.attempt(page, field -> "form:" + field, () -> {
            throw new DomainException("application.notEditable", "utkast");
        }));

        assertEquals(List.of(new Shown(null, FacesMessage.SEVERITY_ERROR,
                "Søknaden kan ikke endres når den har status «utkast».")), page.shown);
        assertFalse(page.isValidationFailed());
    }

    @Test
    void aVersionSomeoneElseChangedIsShownWithTheGeneralMessageOrTheFormsOwn() {
        assertFalse(FacesMessages.attempt(page, () -> {
            throw new StaleVersionException(1, 2);
        }));
        assertFalse(FacesMessages.attempt(page, field -> null, "application.changedBySomeoneElse", () -> {
            throw new StaleVersionException(1, 2);
        }));

        assertEquals(List.of(new Shown(null, FacesMessage.SEVERITY_ERROR, Messages.text(NB, "problem.staleVersion")),
                new Shown(null, FacesMessage.SEVERITY_ERROR, Messages.text(NB, "application.changedBySomeoneElse"))),
                page.shown);
    }

    @Test
    void whatIsGoneIsShownAsNotFound() {
        assertFalse(FacesMessages.attempt(page, () -> {
            throw new NotFoundException("Application 7");
        }));

        assertEquals(List.of(new Shown(null, FacesMessage.SEVERITY_ERROR, Messages.text(NB, "problem.notFound"))),
                page.shown);
    }

    @Test
    void anythingElseIsNotTakenForARefusal() {
        IllegalStateException bug = new IllegalStateException("bug");

        assertSame(bug, assertThrows(IllegalStateException.class, () -> FacesMessages.attempt(page, () -> {
            throw bug;
        })));
        assertEquals(List.of(), page.shown);
    }

    private record Shown(String clientId, FacesMessage.Severity severity, String text) {
    }

    /** A page in Bokmål that keeps the messages added to it. */
    private static final class Page extends FacesContext {

        final List<Shown> shown = new ArrayList<>();
        private final Map<String, Object> applicationMap = new HashMap<>();
        private final UIViewRoot viewRoot;
        private boolean validationFailed;

        /** A component is made in the current context, and keeps what it learns of its class in the application. */
        Page() {
            setCurrentInstance(this);
            viewRoot = new UIViewRoot() {
                @Override
                public String createUniqueId() {
                    return "view";
                }

                @Override
                public Locale getLocale() {
                    return NB;
                }
            };
        }

        void close() {
            setCurrentInstance(null);
        }

        @Override
        public void addMessage(String clientId, FacesMessage message) {
            assertEquals(message.getSummary(), message.getDetail());
            shown.add(new Shown(clientId, message.getSeverity(), message.getSummary()));
        }

        @Override
        public UIViewRoot getViewRoot() {
            return viewRoot;
        }

        @Override
        public void validationFailed() {
            validationFailed = true;
        }

        @Override
        public boolean isValidationFailed() {
            return validationFailed;
        }

        @Override
        public Application getApplication() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterator<String> getClientIdsWithMessages() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Lifecycle getLifecycle() {
            throw new UnsupportedOperationException();
        }

        @Override
        public ExternalContext getExternalContext() {
            return new ExternalContextWrapper(null) {
                @Override
                public Map<String, Object> getApplicationMap() {
                    return applicationMap;
                }
            };
        }

        @Override
        public FacesMessage.Severity getMaximumSeverity() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterator<FacesMessage> getMessages() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterator<FacesMessage> getMessages(String clientId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public RenderKit getRenderKit() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getRenderResponse() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getResponseComplete() {
            throw new UnsupportedOperationException();
        }

        @Override
        public ResponseStream getResponseStream() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setResponseStream(ResponseStream responseStream) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ResponseWriter getResponseWriter() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setResponseWriter(ResponseWriter responseWriter) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setViewRoot(UIViewRoot root) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void release() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void renderResponse() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void responseComplete() {
            throw new UnsupportedOperationException();
        }
    }
}
