package id.pesona.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address nobody serves, or a form's address opened by a link or a reload (GET on a POST-only route): the
 * Indonesian 404 or 405 page in a browser, a problem document in the caller's language on the API. Without this,
 * Boot's problem-details handler answers both in English JSON, also to a browser. No selector: the exceptions come
 * from the static-resource handler too, which is no controller.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class MissingPages {

    private final LayoutModel layout;
    private final MessageSource messages;

    MissingPages(LayoutModel layout, MessageSource messages) {
        this.layout = layout;
        this.messages = messages;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object missing(HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, "error/404", "error.404");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object wrongMethod(HttpServletRequest request) {
        return answer(request, HttpStatus.METHOD_NOT_ALLOWED, "error/405", "error.405");
    }

    private Object answer(HttpServletRequest request, HttpStatus status, String view, String key) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            var locale = LocaleContextHolder.getLocale();
            ProblemDetail p =
                    ProblemDetail.forStatusAndDetail(status, messages.getMessage(key + ".text", null, key, locale));
            p.setTitle(messages.getMessage(key + ".title", null, key, locale));
            return ResponseEntity.status(status).body(p);
        }
        Map<String, Object> model = new HashMap<>();
        layout.addTo(model);
        return new ModelAndView(view, model, status);
    }
}
