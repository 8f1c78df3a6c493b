package ma.innovatice.common.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import ma.innovatice.account.Language;
import ma.innovatice.common.i18n.RequestLanguage;
import ma.innovatice.common.i18n.ServerMessages;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Turns every failure that reaches the REST layer into an RFC 9457 problem document. Nothing of
 * the exception itself (message of a library, class name, stack) reaches the client unless it was
 * written for the client.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response violation(ResteasyReactiveViolationException e, UriInfo uri) {
        return constraintViolation(e, uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new FieldError(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        return respond(ProblemException.invalid(errors).problem(), uri);
    }

    @ServerExceptionMapper
    public Response unrecognizedProperty(UnrecognizedPropertyException e, UriInfo uri) {
        return respond(ProblemException.invalid(jsonPath(e), "unknown property").problem(), uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        String expected = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
        return respond(ProblemException.invalid(jsonPath(e), "must be " + expected).problem(), uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String expected = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return respond(malformed("The request body must be a JSON " + expected + "."), uri);
        }
        return respond(ProblemException.invalid(field, "must be " + expected).problem(), uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return respond(malformed("The request body does not have the expected shape."), uri);
        }
        return respond(ProblemException.invalid(field, "has an invalid value").problem(), uri);
    }

    @ServerExceptionMapper
    public Response jsonParse(JsonParseException e, UriInfo uri) {
        return respond(malformed("The request body is not valid JSON."), uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return respond(malformed("The request body is not valid JSON."), uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        Problem problem = new Problem("unauthorized", "Unauthorized", 401,
                "A valid bearer token of an active account is required.");
        return Response.status(401).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(localized(problem.at(uri.getPath()))).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem("forbidden", "Forbidden", 403,
                "Your role does not allow this operation."), uri);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class,
            PessimisticLockException.class, jakarta.persistence.LockTimeoutException.class,
            org.hibernate.exception.LockAcquisitionException.class, org.hibernate.PessimisticLockException.class})
    public Response stale(RuntimeException e, UriInfo uri) {
        return respond(ProblemException.conflict("concurrent-update", "Concurrent update",
                "Someone else changed this resource at the same time; read it again and retry.").problem(), uri);
    }

    /** Two requests raced to create the same thing; the database's unique keys let one win. */
    @ServerExceptionMapper
    public Response integrity(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        LOG.debugf("Integrity constraint %s refused a write to %s", e.getConstraintName(), uri.getPath());
        return respond(ProblemException.conflict("conflict", "Conflict",
                "The change conflicts with data written at the same time; read again and retry.").problem(), uri);
    }

    @ServerExceptionMapper({JDBCConnectionException.class, SQLTransientConnectionException.class})
    public Response unavailable(Exception e, UriInfo uri) {
        LOG.warnf("Database unavailable while serving %s: %s", uri.getPath(), e.getMessage());
        Problem problem = new Problem("unavailable", "Service unavailable", 503,
                "The database is unavailable; try again in a moment.");
        return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", "5")
                .entity(localized(problem.at(uri.getPath()))).build();
    }

    /** The body could not be read: cut by the size limit (413), or the client went away. */
    @ServerExceptionMapper
    public Response unreadableBody(java.io.IOException e, UriInfo uri) {
        if ("Request too large".equals(e.getMessage())) {
            return respond(new Problem("payload-too-large", "Payload too large", 413, "The request body is too large."), uri);
        }
        LOG.warnf("The body of a request to %s could not be read: %s", uri.getPath(), e.getMessage());
        return respond(malformed("The request body could not be read."), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof ProblemException problem) {
            return respond(problem.problem(), uri);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e, uri);
        }
        if (e.getCause() instanceof JsonProcessingException) {
            return respond(malformed("The request body is not valid JSON."), uri);
        }
        Problem problem = switch (status) {
            case 400 -> malformed("The request is malformed.");
            case 401 -> null;
            case 404 -> new Problem("not-found", "Not found", 404, "No resource at " + uri.getPath() + ".");
            case 405 -> new Problem("method-not-allowed", "Method not allowed", 405,
                    "This resource does not support that method.");
            case 406 -> new Problem("not-acceptable", "Not acceptable", 406,
                    "This resource answers in application/json only.");
            case 413 -> new Problem("payload-too-large", "Payload too large", 413, "The request body is too large.");
            case 415 -> new Problem("unsupported-media-type", "Unsupported media type", 415,
                    "The request body must be application/json.");
            default -> new Problem("client-error", "Request refused", status, "The request was refused.");
        };
        if (problem == null) {
            return unauthorized(e, uri);
        }
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(localized(problem.at(uri.getPath())));
        if (status == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            builder.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response internal(Throwable e, UriInfo uri) {
        // A conflict or an outage found only at commit arrives wrapped (rollback, interceptor): answer for the cause.
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException
                    || cause instanceof PessimisticLockException
                    || cause instanceof org.hibernate.exception.LockAcquisitionException) {
                return stale((RuntimeException) cause, uri);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation) {
                return integrity(violation, uri);
            }
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException) {
                return unavailable((Exception) cause, uri);
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s while serving %s", incident, uri.getPath());
        return respond(new Problem("internal", "Internal error", 500,
                "The server failed unexpectedly; the incident " + incident + " was logged."), uri);
    }

    private static Problem malformed(String detail) {
        return new Problem("malformed-request", "Malformed request", 400, detail);
    }

    private static Response respond(Problem problem, UriInfo uri) {
        Response.ResponseBuilder response = Response.status(problem.getStatus()).type(Problem.MEDIA_TYPE)
                .entity(localized(problem.at(uri.getPath())));
        if (problem.member("retryAfter") instanceof Number seconds) {
            response.header("Retry-After", seconds.longValue());
        }
        return response.build();
    }

    /**
     * The problem in the request's language ({@link RequestLanguage}): its title by its type, its
     * detail and field messages by the catalogue; type, status, field names and members unchanged.
     */
    static Problem localized(Problem problem) {
        Language language = RequestLanguage.current();
        ServerMessages messages = ServerMessages.get();
        return problem.rewritten(title -> messages.title(problem.slug(), title, language),
                text -> messages.text(text, language));
    }

    /** The path of a violated property without the method and parameter nodes of a resource method. */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        String lastParameter = null;
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.RETURN_VALUE
                    || kind == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                lastParameter = node.getName();
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                field.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null && kind != ElementKind.CONTAINER_ELEMENT) {
                if (!field.isEmpty() && field.charAt(field.length() - 1) != '.') {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (field.isEmpty()) {
            return lastParameter == null ? "" : lastParameter;
        }
        return field.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 " + (type == java.time.LocalDate.class ? "date (YYYY-MM-DD)" : "instant (2016-03-31T23:59:59Z)");
        }
        return "an object";
    }
}
