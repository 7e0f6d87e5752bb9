package id.pesona.shared.web;

import id.pesona.shared.TenantProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web server answers while the start-up work still runs (the {@code ApplicationRunner}s: payer accounts, and in
 * the demo profile minutes of demo data and billing). Until readiness is {@code ACCEPTING_TRAFFIC} every page answers
 * 503 with a "being prepared" page that refreshes itself, and the API a problem document, instead of an empty app;
 * static assets and the health probes pass.
 */
@Component
class StartupGate extends OncePerRequestFilter implements Ordered {

    static final int RETRY_SECONDS = 5;

    /** Paths that pass while the application starts: what the waiting page itself loads, and the probes. */
    static final List<String> PASSING = List.of("/webjars/", "/css/", "/js/", "/img/", "/favicon", "/actuator/health");

    private final ApplicationAvailability availability;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final TenantProperties tenant;
    private final JsonMapper json;
    private final boolean demo;

    StartupGate(
            ApplicationAvailability availability,
            ITemplateEngine templates,
            MessageSource messages,
            LocaleResolver locales,
            TenantProperties tenant,
            JsonMapper json,
            Environment environment) {
        this.availability = availability;
        this.templates = templates;
        this.messages = messages;
        this.locales = locales;
        this.tenant = tenant;
        this.json = json;
        this.demo = environment.acceptsProfiles(Profiles.of("demo"));
    }

    /** Before Spring Security (-100): the login page waits too, and nobody signs in to an empty app. */
    @Override
    public int getOrder() {
        return -200;
    }

    boolean ready() {
        return availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
    }

    static boolean passes(String path) {
        return PASSING.stream().anyMatch(path::startsWith);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return ready() || passes(path(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Locale locale = "en".equals(request.getParameter("lang")) ? Locale.ENGLISH : locales.resolveLocale(request);
        String key = demo ? "startup.demo" : "startup.app";
        String title = messages.getMessage(key + ".title", null, locale);
        String text = messages.getMessage(key + ".text", new Object[] {RETRY_SECONDS}, locale);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_SECONDS));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (path(request).startsWith("/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            problem.put("title", title);
            problem.put("detail", text);
            response.getWriter().write(json.writeValueAsString(problem));
            return;
        }
        // the page reloads itself until the application is ready, then shows what was asked for
        response.setHeader("Refresh", String.valueOf(RETRY_SECONDS));
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        templates.process(
                "startup/preparing",
                new WebContext(
                        exchange,
                        locale,
                        Map.of("heading", title, "message", text, "tenantName", tenant.name(), "demo", demo)),
                response.getWriter());
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
