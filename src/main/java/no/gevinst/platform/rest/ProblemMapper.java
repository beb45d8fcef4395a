package no.gevinst.platform.rest;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.NotFoundException;
import no.gevinst.platform.entity.StaleVersionException;
import no.gevinst.platform.i18n.Languages;
import no.gevinst.platform.i18n.Messages;
import no.gevinst.platform.persistence.Concurrency;

/** Turns every failure of an API call into a problem+json answer with the status the API contract names. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Inject
    Problems problems;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        Locale locale = Languages.preferred(headers == null ? List.of() : headers.getAcceptableLanguages());
        // In this order: the product's own refusals first, then what the database said, then the framework's.
        PayloadTooLargeException tooLarge = PayloadTooLargeException.in(thrown);
        if (tooLarge != null) {
            return respond(413, problems.problem(locale, 413, tooLarge.detailKey(),
                    new Object[] {tooLarge.limitMegabytes()}, List.of()));
        }
        return switch (cause) {
            case DomainException refused ->
                    respond(409, problems.problem(locale, 409, refused.messageKey(), refused.arguments(), List.of()));
            case InvalidInputException invalid -> respond(400, problems.problem(locale, 400, "problem.invalid",
                    new Object[0], invalid.violations().stream()
                            .map(violation -> new Problems.FieldError(violation.field(),
                                    Messages.named(locale, invalid.labelPrefix(), violation)))
                            .toList()));
            case NotFoundException notFound -> simple(locale, 404, "problem.notFound");
            case PreconditionRequiredException required -> simple(locale, 428, "problem.ifMatchRequired");
            case StaleVersionException stale -> simple(locale, 412, "problem.staleVersion");
            case Throwable unreachable when Concurrency.isDatabaseUnreachable(thrown) -> {
                // The pool validates its connections and reconnects by itself: the client may send the request
                // again (an act that did go through before the connection broke is then refused as already done).
                LOG.log(Level.WARNING, "Database unreachable", cause);
                yield Response.status(503).type(Problems.MEDIA_TYPE).header("Retry-After", "5")
                        .entity(problems.problem(locale, 503, "problem.unavailable", new Object[0], List.of())
                                .toString())
                        .build();
            }
            case Throwable conflict when Concurrency.isConflict(thrown) ->
                    simple(locale, 409, "problem.concurrentChange");
            case ConstraintViolationException violations -> respond(400, problems.problem(locale, 400,
                    "problem.invalid", new Object[0], violations.getConstraintViolations().stream()
                            .map(violation -> new Problems.FieldError(String.valueOf(violation.getPropertyPath()),
                                    violation.getMessage()))
                            .toList()));
            case JsonbException malformed -> simple(locale, 400, "problem.malformed");
            case JsonException malformed -> simple(locale, 400, "problem.malformed");
            case ProcessingException malformed -> simple(locale, 400, "problem.malformed");
            case Throwable refusal when isAccessRefusal(refusal) -> simple(locale, 403, "problem.forbidden");
            case WebApplicationException web -> {
                int status = web.getResponse().getStatus();
                if (status >= 500) {
                    LOG.log(Level.SEVERE, "API call failed", cause);
                }
                yield respond(status, problems.problem(locale, status, null, new Object[0], List.of()));
            }
            default -> {
                LOG.log(Level.SEVERE, "API call failed", cause);
                yield simple(locale, 500, "problem.internal");
            }
        };
    }

    private Response simple(Locale locale, int status, String key) {
        return respond(status, problems.problem(locale, status, key, new Object[0], List.of()));
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable cause = thrown;
        while (cause instanceof EJBException && !isAccessRefusal(cause) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static boolean isAccessRefusal(Throwable cause) {
        return cause instanceof EJBAccessException || cause instanceof AccessLocalException;
    }

    private static Response respond(int status, Object body) {
        return Response.status(status).type(Problems.MEDIA_TYPE).entity(body.toString()).build();
    }
}
