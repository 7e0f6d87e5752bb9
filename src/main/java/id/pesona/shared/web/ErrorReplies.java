package id.pesona.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one way a refused or failed request is answered: on the API ({@code /api/**}) an RFC 9457 problem document
 * ({@code application/problem+json}) with a title and a detail in the caller's language and the field (or row) it is
 * about; in a browser the error page {@code templates/error.html} in the app's frame with the same sentence. Used by
 * {@link WebErrors} (exceptions in controllers and the framework around them), {@link UnexpectedErrors} (anything
 * else) and {@link ErrorPageController} (what the servlet container or Spring Security answers with {@code
 * sendError}).
 */
@Component
class ErrorReplies {

    /** Statuses with their own title and text in the messages; any other is answered as its class (4xx or 500). */
    static final Set<Integer> KNOWN = Set.of(400, 401, 403, 404, 405, 406, 409, 413, 415, 500, 503);

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final LayoutModel layout;

    ErrorReplies(MessageSource messages, LocaleResolver locales, LayoutModel layout) {
        this.messages = messages;
        this.locales = locales;
        this.layout = layout;
    }

    static HttpStatus known(HttpStatus status) {
        if (KNOWN.contains(status.value())) {
            return status;
        }
        return status.is4xxClientError() ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
    }

    /** The address the user asked for, also when the container forwarded the request to {@code /error}. */
    static String path(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String s ? s : request.getRequestURI();
        String context = request.getContextPath();
        return uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    static boolean isApi(HttpServletRequest request) {
        String path = path(request);
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** A problem document or an error page, as the address asks for. */
    Object answer(HttpServletRequest request, Failure failure) {
        return isApi(request) ? problem(request, failure) : page(request, failure);
    }

    ResponseEntity<ProblemDetail> problem(HttpServletRequest request, Failure failure) {
        Locale locale = locales.resolveLocale(request);
        HttpStatus status = failure.status();
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, text(failure.detail(), locale));
        p.setTitle(title(status, locale));
        p.setInstance(java.net.URI.create(safePath(request)));
        if (failure.field() != null) {
            p.setProperty("field", failure.field());
        }
        if (failure.row() != null) {
            p.setProperty("row", failure.row());
        }
        if (!failure.fields().isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            failure.fields().forEach((f, t) -> errors.put(f, text(t, locale)));
            p.setProperty("errors", errors);
        }
        if (failure.logId() != null) {
            p.setProperty("logId", failure.logId());
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }

    ModelAndView page(HttpServletRequest request, Failure failure) {
        Locale locale = locales.resolveLocale(request);
        HttpStatus status = failure.status();
        Map<String, Object> model = new HashMap<>();
        layout.addTo(model);
        model.put("status", status.value());
        model.put("errorTitle", title(status, locale));
        model.put("errorText", text(failure.detail(), locale));
        List<String> fields = new ArrayList<>();
        failure.fields().forEach((f, t) -> {
            String line = text(t, locale);
            if (!line.equals(model.get("errorText"))) {
                fields.add(line);
            }
        });
        model.put("errorFields", fields);
        model.put("logId", failure.logId());
        return new ModelAndView("error", model, status);
    }

    String title(HttpStatus status, Locale locale) {
        return messages.getMessage("error." + known(status).value() + ".title", null, locale);
    }

    /** A sentence from the messages; a text that is no key (an app's own reason) is taken as it is. */
    String text(MessageSourceResolvable text, Locale locale) {
        try {
            return messages.getMessage(text, locale);
        } catch (NoSuchMessageException e) {
            String[] codes = text.getCodes();
            return codes == null || codes.length == 0
                    ? messages.getMessage("error.400.text", null, locale)
                    : codes[codes.length - 1];
        }
    }

    private static String safePath(HttpServletRequest request) {
        String path = path(request);
        try {
            return java.net.URI.create(path).getRawPath() == null ? "/" : path;
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
