package jp.kajimaru.web.problem;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

import jp.kajimaru.domain.BusyException;
import jp.kajimaru.domain.ConflictException;
import jp.kajimaru.domain.ForbiddenException;
import jp.kajimaru.domain.InvalidFieldException;
import jp.kajimaru.domain.LockedException;
import jp.kajimaru.domain.NotFoundException;

import jakarta.validation.ConstraintViolationException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Every error a client can cause becomes RFC 9457 {@code application/problem+json}; field mistakes carry
 * an {@code errors} list. Nothing a user types produces a 500.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    static final URI VALIDATION = URI.create("https://kajimaru.jp/problems/validation");

    private final MessageSource messages;

    public ProblemDetailsAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldError(e.getField(), e.getCode(),
                        messages.getMessage(e, LocaleContextHolder.getLocale())))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "The request has invalid fields.", errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getMostSpecificCause();
        DatabindException mismatch = databindCause(ex);
        if (mismatch != null && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return problem(HttpStatus.BAD_REQUEST, "A field has the wrong type or format.",
                    List.of(new FieldError(field, "type", "wrong type or format")));
        }
        String detail = cause instanceof JacksonException || mismatch != null ? "The body is not valid JSON." : "The body is missing or unreadable.";
        return problem(HttpStatus.BAD_REQUEST, detail, List.of());
    }

    // The innermost cause may be a parse error that no longer knows the field; the databind one does.
    private static DatabindException databindCause(Throwable t) {
        for (Throwable c = t; c != null && c.getCause() != c; c = c.getCause()) {
            if (c instanceof DatabindException d) {
                return d;
            }
        }
        return null;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
        return problem(HttpStatus.BAD_REQUEST, "A parameter has the wrong type or format.",
                List.of(new FieldError(ex.getName(), "type", "wrong type or format")));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
        List<FieldError> errors = ex.getConstraintViolations().stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), "invalid", v.getMessage())).toList();
        return problem(HttpStatus.BAD_REQUEST, "The request has invalid fields.", errors);
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<Object> invalidField(InvalidFieldException ex) {
        String message = messages.getMessage(ex.code(), null, ex.getMessage(), LocaleContextHolder.getLocale());
        return problem(HttpStatus.BAD_REQUEST, "The request has invalid fields.",
                List.of(new FieldError(ex.field(), ex.code(), message)));
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<Object> forbidden(ForbiddenException ex) {
        return problem(HttpStatus.FORBIDDEN, ex.getMessage(), List.of());
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<Object> tooMany(TooManyRequestsException ex) {
        ResponseEntity<Object> response = problem(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage(), List.of());
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, ex.retryAfter().toSeconds())))
                .body(response.getBody());
    }

    @ExceptionHandler(LockedException.class)
    ResponseEntity<Object> locked(LockedException ex) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.LOCKED, ex.getMessage());
        body.setProperty("lockedUntil", ex.lockedUntil().toString());
        return ResponseEntity.status(HttpStatus.LOCKED).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, ex.getMessage(), List.of());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException ex) {
        return problem(HttpStatus.CONFLICT, ex.getMessage(),
                ex.field() == null ? List.of() : List.of(new FieldError(ex.field(), "conflict", ex.getMessage())));
    }

    /**
     * Someone else saved the same aggregate since it was read (its {@code @Version} moved on): nothing was written,
     * and the client reloads and decides again. {@code code} lets the web UI say so in the user's language.
     */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> editedMeanwhile(OptimisticLockingFailureException ex) {
        ResponseEntity<Object> answer = problem(HttpStatus.CONFLICT,
                "Someone else changed this in the meantime; reload and try again.", List.of());
        ((ProblemDetail) answer.getBody()).setProperty("code", "editedMeanwhile");
        return answer;
    }

    /**
     * A body sent as multipart (no service reads one) that Tomcat cannot even split, e.g. without a boundary: the
     * client's mistake, answered before any handler runs.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadableMultipart(MultipartException ex) {
        return problem(HttpStatus.BAD_REQUEST, "The multipart body cannot be read; send JSON.", List.of());
    }

    /** A query string Tomcat cannot decode (bytes that are not UTF-8, such as {@code %ff}). */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> undecodableQuery(InvalidParameterException ex) {
        return problem(HttpStatus.BAD_REQUEST, "A query parameter is not valid UTF-8.", List.of());
    }

    /**
     * A unique key (or another constraint) of the database refused the write, typically two requests racing
     * past the service's own check. The database's message names tables and keys: it is logged, not sent.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> dataIntegrityViolation(DataIntegrityViolationException ex) {
        log.warn("Constraint violation answered as 409: {}", ex.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, "The request conflicts with an existing entry.", List.of());
    }

    /**
     * The database cannot be reached (restarting, a network cut, every pooled connection dead): no bug, and the
     * request may well work in a few seconds. 503 with Retry-After, as the gateway answers for a service that is down,
     * instead of a 500. The pool waits at most {@code spring.datasource.hikari.connection-timeout} for a connection
     * (5 s, MessagingDefaults), so the caller is not held for long.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
            CannotCreateTransactionException.class})
    ResponseEntity<Object> databaseUnavailable(Exception ex) {
        log.warn("Database unreachable, answered 503: {}", ex.toString());
        return unavailable("A part of Kajimaru is not reachable right now; please try again shortly.");
    }

    @ExceptionHandler(BusyException.class)
    ResponseEntity<Object> busy(BusyException ex) {
        log.warn("Busy, answered 503: {}", ex.getMessage());
        return unavailable(ex.getMessage());
    }

    private static ResponseEntity<Object> unavailable(String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String detail, List<FieldError> errors) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        if (status == HttpStatus.BAD_REQUEST) {
            body.setType(VALIDATION);
        }
        if (!errors.isEmpty()) {
            body.setProperty("errors", errors);
        }
        if (status.is5xxServerError()) {
            log.error("Server error answered as problem: {}", detail);
        }
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
