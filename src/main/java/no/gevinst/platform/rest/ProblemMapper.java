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
        if (cause instanceof DomainException refused) {
            return respond(409, problems.problem(locale, 409, refused.messageKey(), refused.arguments(), List.of()));
        }
        if (cause instanceof InvalidInputException invalid) {
            var errors = invalid.violations().stream()
                    .map(violation -> new Problems.FieldError(violation.field(),
                            Messages.named(locale, invalid.labelPrefix(), violation)))
                    .toList();
            return respond(400, problems.problem(locale, 400, "problem.invalid", new Object[0], errors));
        }
        if (cause instanceof NotFoundException) {
            return respond(404, problems.problem(locale, 404, "problem.notFound", new Object[0], List.of()));
        }
        if (cause instanceof PreconditionRequiredException) {
            return respond(428, problems.problem(locale, 428, "problem.ifMatchRequired", new Object[0], List.of()));
        }
        if (cause instanceof StaleVersionException) {
            return respond(412, problems.problem(locale, 412, "problem.staleVersion", new Object[0], List.of()));
        }
        if (Concurrency.isConflict(thrown)) {
            return respond(409, problems.problem(locale, 409, "problem.concurrentChange", new Object[0], List.of()));
        }
        if (isDatabaseUnreachable(thrown)) {
            // The pool validates its connections and reconnects by itself: the client may send the request again
            // (an act that did go through before the connection broke is then refused as already done).
            LOG.log(Level.WARNING, "Database unreachable", cause);
            return Response.status(503).type(Problems.MEDIA_TYPE).header("Retry-After", "5")
                    .entity(problems.problem(locale, 503, "problem.unavailable", new Object[0], List.of()).toString())
                    .build();
        }
        if (cause instanceof ConstraintViolationException violations) {
            var errors = violations.getConstraintViolations().stream()
                    .map(violation -> new Problems.FieldError(String.valueOf(violation.getPropertyPath()),
                            violation.getMessage()))
                    .toList();
            return respond(400, problems.problem(locale, 400, "problem.invalid", new Object[0], errors));
        }
        if (cause instanceof JsonbException || cause instanceof JsonException || cause instanceof ProcessingException) {
            return respond(400, problems.problem(locale, 400, "problem.malformed", new Object[0], List.of()));
        }
        if (isAccessRefusal(cause)) {
            return respond(403, problems.problem(locale, 403, "problem.forbidden", new Object[0], List.of()));
        }
        if (cause instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status >= 500) {
                LOG.log(Level.SEVERE, "API call failed", cause);
            }
            return respond(status, problems.problem(locale, status, null, new Object[0], List.of()));
        }
        LOG.log(Level.SEVERE, "API call failed", cause);
        return respond(500, problems.problem(locale, 500, "problem.internal", new Object[0], List.of()));
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable cause = thrown;
        while (cause instanceof EJBException && !isAccessRefusal(cause) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /**
     * The database could not be reached or went away mid-request (SQL state class 08, connection exception; 57P,
     * the server shutting down or starting): the transaction did not commit.
     */
    static boolean isDatabaseUnreachable(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (cause.getClass().getName().equals("com.sun.appserv.connectors.internal.api.PoolingException")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAccessRefusal(Throwable cause) {
        return cause instanceof EJBAccessException || cause instanceof AccessLocalException;
    }

    private static Response respond(int status, Object body) {
        return Response.status(status).type(Problems.MEDIA_TYPE).entity(body.toString()).build();
    }
}
