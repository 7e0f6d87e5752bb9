package id.pesona.shared.web;

import id.pesona.shared.ConflictException;
import id.pesona.shared.InvalidInputException;
import id.pesona.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every refusal of the application and of the framework around it, in words: bad input names the field (a parameter
 * that is no date says which date it wants), a wrong method, media type or size says what the address takes. The API
 * answers a problem document, a browser the error page (see {@link ErrorReplies}). No selector, and before every
 * other advice: the framework's exceptions come also from handlers that are no controller (static resources) or before
 * any handler is found (405, 415). A feature throws {@link InvalidInputException}, {@link NotFoundException},
 * Spring Security's {@link AccessDeniedException}, or a {@link ResponseStatusException} whose reason is a message key
 * or an Indonesian sentence.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebErrors {

    private static final Logger log = LoggerFactory.getLogger(WebErrors.class);

    /** Longest part of a refused value repeated in the answer. */
    private static final int SHOWN = 40;

    private final ErrorReplies replies;

    /** The upload limit the servlet container enforces (the smaller of the file and the request limit). */
    private final long uploadLimit;

    WebErrors(
            ErrorReplies replies,
            @org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-file-size:1MB}")
                    org.springframework.util.unit.DataSize maxFile,
            @org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-request-size:10MB}")
                    org.springframework.util.unit.DataSize maxRequest) {
        this.replies = replies;
        this.uploadLimit = Math.min(maxFile.toBytes(), maxRequest.toBytes());
    }

    @ExceptionHandler(InvalidInputException.class)
    Object invalid(InvalidInputException e, HttpServletRequest request) {
        return replies.answer(request, invalid(e));
    }

    static Failure invalid(InvalidInputException e) {
        return Failure.field(HttpStatus.BAD_REQUEST, e.field(), e.messageKey(), e.args());
    }

    /** The same thing already exists (recorded just now, or by a request racing this one): 409, saying what. */
    @ExceptionHandler(ConflictException.class)
    Object conflict(ConflictException e, HttpServletRequest request) {
        return replies.answer(request, Failure.field(HttpStatus.CONFLICT, e.field(), e.messageKey(), e.args()));
    }

    /**
     * A unique index refused a write that no use case translated (two requests raced past every check): still a
     * conflict, never a 500. Only unique-key violations arrive here; other integrity errors stay server errors.
     */
    @ExceptionHandler(DuplicateKeyException.class)
    Object duplicate(DuplicateKeyException e, HttpServletRequest request) {
        log.info(
                "Permintaan serentak ditolak oleh indeks unik: {}",
                e.getMostSpecificCause().getMessage());
        return replies.answer(request, Failure.field(HttpStatus.CONFLICT, "request", "error.conflict.duplicate"));
    }

    /** A lock wait that timed out or a deadlock lost to a simultaneous request: try again. */
    @ExceptionHandler(ConcurrencyFailureException.class)
    Object busy(ConcurrencyFailureException e, HttpServletRequest request) {
        log.info(
                "Permintaan serentak ditolak (kunci): {}",
                e.getMostSpecificCause().getMessage());
        return replies.answer(request, Failure.field(HttpStatus.CONFLICT, "request", "error.conflict.busy"));
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(HttpServletRequest request) {
        return replies.answer(request, Failure.of(HttpStatus.NOT_FOUND));
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    Object noSuchAddress(HttpServletRequest request) {
        return replies.answer(request, Failure.of(HttpStatus.NOT_FOUND));
    }

    /** A parameter or path value the framework could not read: the field and what it expects, with an example. */
    @ExceptionHandler(TypeMismatchException.class)
    Object badValue(TypeMismatchException e, HttpServletRequest request) {
        return replies.answer(request, badValue(e, ErrorReplies.isApi(request)));
    }

    /** On the API a choice lists its codes; a page, whose user never sees codes, asks to pick from the list. */
    static Failure badValue(TypeMismatchException e, boolean api) {
        String field = e.getPropertyName() == null ? "?" : e.getPropertyName();
        String value = shown(e.getValue());
        Class<?> type = e.getRequiredType();
        if (type == null) {
            return Failure.field(HttpStatus.BAD_REQUEST, field, "error.param.value", field, value);
        }
        if (type.isEnum() && !api) {
            return Failure.field(HttpStatus.BAD_REQUEST, field, "error.param.choice.page", field, value);
        }
        if (type.isEnum()) {
            String choices = Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return Failure.field(HttpStatus.BAD_REQUEST, field, "error.param.choice", field, value, choices);
        }
        return Failure.field(HttpStatus.BAD_REQUEST, field, "error.param." + kind(type), field, value);
    }

    /** Which sentence ({@code error.param.<kind>}) explains a value of this type. */
    static String kind(Class<?> type) {
        if (type == LocalDate.class) {
            return "date";
        }
        if (type == YearMonth.class) {
            return "month";
        }
        if (type == LocalDateTime.class) {
            return "dateTime";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == Long.class
                || type == long.class
                || type == Integer.class
                || type == int.class
                || type == Short.class
                || type == short.class) {
            return "integer";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "number";
        }
        return "value";
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        String name = e.getParameterName();
        return replies.answer(request, Failure.field(HttpStatus.BAD_REQUEST, name, "error.param.missing", name));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    Object missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
        String name = e.getRequestPartName();
        return replies.answer(request, Failure.field(HttpStatus.BAD_REQUEST, name, "error.part.missing", name));
    }

    /** A header, cookie or path part the handler needs is absent. */
    @ExceptionHandler(ServletRequestBindingException.class)
    Object unbound(HttpServletRequest request) {
        return replies.answer(request, Failure.of(HttpStatus.BAD_REQUEST));
    }

    /** A body that is no JSON, or JSON whose field has the wrong type: the field by its name where known. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return replies.answer(request, unreadable(e));
    }

    static Failure unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof JacksonException j) {
            String field = path(j.getPath());
            if (!field.isEmpty()) {
                if (cause instanceof UnrecognizedPropertyException) {
                    return Failure.field(HttpStatus.BAD_REQUEST, field, "error.body.unknown", field);
                }
                if (cause instanceof InvalidFormatException f && f.getTargetType() != null) {
                    Class<?> type = f.getTargetType();
                    if (type.isEnum()) {
                        String choices = Arrays.stream(type.getEnumConstants())
                                .map(c -> ((Enum<?>) c).name())
                                .collect(Collectors.joining(", "));
                        return Failure.field(
                                HttpStatus.BAD_REQUEST,
                                field,
                                "error.param.choice",
                                field,
                                shown(f.getValue()),
                                choices);
                    }
                    return Failure.field(
                            HttpStatus.BAD_REQUEST, field, "error.param." + kind(type), field, shown(f.getValue()));
                }
                if (cause instanceof MismatchedInputException m && m.getTargetType() != null) {
                    String kind = kind(m.getTargetType());
                    return Failure.field(HttpStatus.BAD_REQUEST, field, "error.body.field." + kind, field);
                }
                return Failure.field(HttpStatus.BAD_REQUEST, field, "error.body.field.value", field);
            }
        }
        return Failure.field(HttpStatus.BAD_REQUEST, "body", "error.unreadable");
    }

    private static String path(List<JacksonException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference r : path) {
            if (r.getPropertyName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    /** A form object or a body that failed validation or binding: every field with its sentence. */
    @ExceptionHandler(BindException.class)
    Object unbindable(BindException e, HttpServletRequest request) {
        Map<String, MessageSourceResolvable> fields = new LinkedHashMap<>();
        for (FieldError f : e.getFieldErrors()) {
            fields.putIfAbsent(f.getField(), f);
        }
        String first = fields.keySet().stream().findFirst().orElse(null);
        Failure failure = first == null
                ? Failure.of(HttpStatus.BAD_REQUEST)
                : new Failure(HttpStatus.BAD_REQUEST, fields.get(first), first, null, fields, null);
        return replies.answer(request, failure);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    Object invalidArguments(HttpServletRequest request) {
        return replies.answer(request, Failure.of(HttpStatus.BAD_REQUEST));
    }

    /** A body in a format the address does not take (415): which it takes. */
    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object unsupportedType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        String given = e.getContentType() == null ? "-" : e.getContentType().toString();
        String takes = e.getSupportedMediaTypes().isEmpty()
                ? MediaType.APPLICATION_JSON_VALUE
                : e.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(", "));
        return replies.answer(
                request, Failure.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.415.detail", shown(given), takes));
    }

    /** An Accept header the address cannot answer (406): the problem document anyway, which says so. */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    Object notAcceptable(HttpServletRequest request) {
        Failure failure = Failure.of(HttpStatus.NOT_ACCEPTABLE);
        if (ErrorReplies.isApi(request)) {
            return replies.problem(request, failure);
        }
        return replies.page(request, failure);
    }

    /** The address exists, but not for this method: the page says so, the API names the methods it takes. */
    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        String[] allowed = e.getSupportedMethods() == null ? new String[0] : e.getSupportedMethods();
        if (!ErrorReplies.isApi(request)) {
            return replies.page(request, Failure.of(HttpStatus.METHOD_NOT_ALLOWED));
        }
        var answer = replies.problem(
                request,
                Failure.of(
                        HttpStatus.METHOD_NOT_ALLOWED, "error.405.detail", e.getMethod(), String.join(", ", allowed)));
        return ResponseEntity.status(answer.getStatusCode())
                .header(HttpHeaders.ALLOW, String.join(", ", allowed))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(answer.getBody());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return replies.answer(request, tooLarge(e.getMaxUploadSize() > 0 ? e.getMaxUploadSize() : uploadLimit));
    }

    static Failure tooLarge(long max) {
        return max > 0
                ? Failure.field(HttpStatus.CONTENT_TOO_LARGE, "file", "error.413.limit", megabytes(max))
                : Failure.field(HttpStatus.CONTENT_TOO_LARGE, "file", "error.413.text");
    }

    static String megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024) + " MB";
    }

    /** An upload that is no proper multipart body. */
    @ExceptionHandler(MultipartException.class)
    Object badUpload(MultipartException e, HttpServletRequest request) {
        Throwable c = e;
        while (c != null) {
            if (c.getClass().getSimpleName().contains("SizeLimitExceeded")
                    || c.getClass().getSimpleName().contains("SizeException")) {
                return replies.answer(request, tooLarge(uploadLimit));
            }
            c = c.getCause();
        }
        return replies.answer(request, Failure.field(HttpStatus.BAD_REQUEST, "file", "error.upload"));
    }

    /** Refused by a rule on a controller or service; a visitor who is not signed in is sent to sign in instead. */
    @ExceptionHandler(AccessDeniedException.class)
    Object denied(AccessDeniedException e, HttpServletRequest request) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken) {
            throw e;
        }
        return replies.answer(request, Failure.of(HttpStatus.FORBIDDEN));
    }

    @ExceptionHandler(AuthenticationException.class)
    Object unauthenticated(AuthenticationException e) {
        throw e;
    }

    /**
     * A status the application chose. Its reason is a message key or a sentence, which is shown; a framework
     * exception of this kind (a subclass) has English text, so the status's own sentence is shown instead.
     */
    @ExceptionHandler(ErrorResponseException.class)
    Object status(ErrorResponseException e, HttpServletRequest request) {
        HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
        if (status == null) {
            status = e.getStatusCode().is4xxClientError() ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        if (status.is5xxServerError()) {
            throw e;
        }
        String reason = null;
        if (e.getClass() == ResponseStatusException.class) {
            reason = ((ResponseStatusException) e).getReason();
        } else if (e.getClass() == ErrorResponseException.class) {
            reason = e.getBody().getDetail();
        }
        Failure failure = reason == null || reason.isBlank() ? Failure.of(status) : Failure.of(status, reason);
        return replies.answer(request, failure);
    }

    /** The client went away while the answer was written: nothing to answer. */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void gone() {
        // nothing can be written any more
    }

    private static String shown(Object value) {
        String text = value instanceof Object[] a
                ? Arrays.stream(a).map(String::valueOf).collect(Collectors.joining(","))
                : String.valueOf(value);
        return text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text;
    }
}
