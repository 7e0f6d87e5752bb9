package id.pesona.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What the servlet container or Spring Security answered with {@code sendError} (a refused sign-in for the API, a
 * forbidden page, a form without its CSRF token, a malformed address the firewall refused): the same problem document
 * or error page as every other refusal, instead of Boot's {@code {"error":"Forbidden"}}.
 */
@Controller
class ErrorPageController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPageController.class);

    private final ErrorReplies replies;

    ErrorPageController(ErrorReplies replies) {
        this.replies = replies;
    }

    @RequestMapping("${server.error.path:/error}")
    Object error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        if (status == null) {
            status = code == null ? HttpStatus.NOT_FOUND : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status.is5xxServerError()) {
            String id = UnexpectedErrors.newLogId();
            if (exception instanceof Throwable t) {
                log.error("Kesalahan tak terduga [{}] pada {}", id, ErrorReplies.path(request), t);
            } else {
                log.error("Kesalahan tak terduga [{}] pada {}: status {}", id, ErrorReplies.path(request), status);
            }
            return replies.answer(request, UnexpectedErrors.serverError(id));
        }
        if (status == HttpStatus.FORBIDDEN
                && request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException) {
            return replies.answer(request, Failure.of(HttpStatus.FORBIDDEN, "error.403.csrf"));
        }
        if (status == HttpStatus.UNAUTHORIZED) {
            String auth = request.getHeader("Authorization");
            boolean bearer = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7);
            return replies.answer(request, Failure.of(status, bearer ? "error.401.token" : "error.401.text"));
        }
        return replies.answer(request, Failure.of(status));
    }
}
