package id.pesona.shared.web;

import id.pesona.shared.ConflictException;
import id.pesona.shared.InvalidInputException;
import id.pesona.shared.NotFoundException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of the REST API as RFC 9457 problem documents with a message in the caller's language. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        String text = messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale());
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text);
        p.setTitle(messages.getMessage("error.400.title", null, "Bad request", LocaleContextHolder.getLocale()));
        p.setProperty("errors", Map.of(e.field(), text));
        return p;
    }

    /** A parameter the framework could not read (a date that is no date), named in the caller's language. */
    @ExceptionHandler(org.springframework.beans.TypeMismatchException.class)
    ProblemDetail badValue(org.springframework.beans.TypeMismatchException e) {
        return invalid(PageErrors.badValue(e));
    }

    @ExceptionHandler(org.springframework.web.bind.MissingServletRequestParameterException.class)
    ProblemDetail missing(org.springframework.web.bind.MissingServletRequestParameterException e) {
        return invalid(PageErrors.missing(e));
    }

    @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
    ProblemDetail unreadable() {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                messages.getMessage("error.unreadable", null, "Unreadable request", LocaleContextHolder.getLocale()));
        p.setTitle(messages.getMessage("error.400.title", null, "Bad request", LocaleContextHolder.getLocale()));
        return p;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND,
                messages.getMessage("error.404.text", null, "Not found", LocaleContextHolder.getLocale()));
        p.setTitle(messages.getMessage("error.404.title", null, "Not found", LocaleContextHolder.getLocale()));
        return p;
    }

    /** The same thing already exists (recorded just now, or by a request racing this one): 409, saying what. */
    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail p = invalid(e);
        p.setStatus(HttpStatus.CONFLICT);
        p.setTitle(messages.getMessage("error.409.title", null, "Conflict", LocaleContextHolder.getLocale()));
        return p;
    }

    /**
     * A unique index refused a write that no use case translated (two requests raced past every check): still a
     * conflict, never a 500. Only unique-key violations arrive here; other integrity errors stay server errors.
     */
    @ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
    ProblemDetail duplicate(org.springframework.dao.DuplicateKeyException e) {
        log.info(
                "Permintaan serentak ditolak oleh indeks unik: {}",
                e.getMostSpecificCause().getMessage());
        return conflict(new ConflictException("request", "error.conflict.duplicate"));
    }

    /** A lock wait that timed out or a deadlock lost to a simultaneous request: try again. */
    @ExceptionHandler(org.springframework.dao.ConcurrencyFailureException.class)
    ProblemDetail busy(org.springframework.dao.ConcurrencyFailureException e) {
        log.info(
                "Permintaan serentak ditolak (kunci): {}",
                e.getMostSpecificCause().getMessage());
        return conflict(new ConflictException("request", "error.conflict.busy"));
    }
}
