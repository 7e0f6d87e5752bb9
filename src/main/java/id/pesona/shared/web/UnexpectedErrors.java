package id.pesona.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * What no advice and no framework resolver answered: a fault of the application. The user gets the Indonesian "server
 * error" sentence with a short log id, never a stack trace; the log has the exception under the same id, so the admin
 * finds it. Last of all exception resolvers, so every feature's own handler comes first.
 */
@Component
class UnexpectedErrors implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ErrorReplies replies;
    private final JsonMapper json;

    UnexpectedErrors(ErrorReplies replies, JsonMapper json) {
        this.replies = replies;
        this.json = json;
    }

    /** A short id that the answer and the log line share. */
    static String newLogId() {
        byte[] b = new byte[4];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    static Failure serverError(String logId) {
        return Failure.of(HttpStatus.INTERNAL_SERVER_ERROR, "error.500.detail", logId)
                .withLogId(logId);
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
        if (e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.security.core.AuthenticationException) {
            // Spring Security's own filter answers these: sign-in for a visitor, 403 for a user
            return null;
        }
        String id = newLogId();
        log.error("Kesalahan tak terduga [{}] pada {} {}", id, request.getMethod(), request.getRequestURI(), e);
        Failure failure = serverError(id);
        if (response.isCommitted()) {
            return new ModelAndView();
        }
        if (!ErrorReplies.isApi(request)) {
            return replies.page(request, failure);
        }
        ProblemDetail p = replies.problem(request, failure).getBody();
        try {
            response.resetBuffer();
            response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(json.writeValueAsString(p));
        } catch (IOException | IllegalStateException ex) {
            log.debug("Jawaban galat [{}] tidak dapat ditulis", id, ex);
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
