package id.pesona.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.DefaultErrorViewResolver;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error pages Spring Boot renders itself (a refused request, an unknown address, a server error): the templates
 * under {@code templates/error/} as Boot picks them, with the page frame's model (user, tenant name) that no
 * controller has added.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorPages implements ErrorViewResolver {

    private final DefaultErrorViewResolver conventions;
    private final LayoutModel layout;

    ErrorPages(ApplicationContext context, WebProperties web, LayoutModel layout) {
        this.conventions = new DefaultErrorViewResolver(context, web.getResources());
        this.layout = layout;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        ModelAndView view = conventions.resolveErrorView(request, status, model);
        Map<String, Object> full = new HashMap<>(model);
        layout.addTo(full);
        return new ModelAndView(view == null ? "error" : view.getViewName(), full, status);
    }
}
