package id.pesona.access;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.SingleResultAuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Form login for people, bearer tokens for programs, CSRF on every form, secure headers. What each role may do is
 * decided here for whole areas (admin pages) and on the services for each action ({@code @PreAuthorize}); which
 * regions a user sees is decided by the user's {@link id.pesona.shared.RegionScope} in every query.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; connect-src 'self'; font-src 'self' data:; object-src 'none'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, with the algorithm id stored beside each hash so a later upgrade re-hashes on login
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The one way a person signs in: see {@link ThrottledLogin}. */
    @Bean
    ThrottledLogin throttledLogin(AccountDetailsService users, PasswordEncoder encoder, LoginAttempts attempts) {
        return new ThrottledLogin(users, encoder, attempts::locked);
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, ApiTokens tokens, @Value("${pesona.access.api-docs-public:false}") boolean apiDocsPublic)
            throws Exception {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        RequestMatcher bearer = ApiTokenFilter::hasBearer;
        // the API description and its try-out page: signed-in users only, open to all where configured (demo)
        AuthorizationManager<RequestAuthorizationContext> apiDocs = apiDocsPublic
                ? SingleResultAuthorizationManager.permitAll()
                : AuthenticatedAuthorizationManager.authenticated();
        http.authorizeHttpRequests(a -> a.requestMatchers(
                                "/login",
                                "/setup",
                                "/publik",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/favicon.ico",
                                "/error",
                                "/actuator/health",
                                "/actuator/health/liveness",
                                "/actuator/health/readiness")
                        .permitAll()
                        .requestMatchers("/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html")
                        .access(apiDocs)
                        .requestMatchers("/admin/**", "/api/v1/admin/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(failureHandler())
                        .permitAll())
                .logout(l ->
                        l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .csrf(c -> c.ignoringRequestMatchers(bearer))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")))
                // a program is not sent to the login page: 401 (and 403) go through sendError to the one error
                // answer (shared.web.ErrorPageController), a problem document in the caller's language
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                                (request, response, ex) -> {
                                    response.setHeader("WWW-Authenticate", "Bearer");
                                    response.sendError(HttpStatus.UNAUTHORIZED.value());
                                },
                                api)
                        // a write to the API without a token and without a session is a missing sign-in, not a
                        // missing CSRF token
                        .defaultAccessDeniedHandlerFor(SecurityConfig::apiDenied, api))
                .addFilterBefore(new ApiTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    private static void apiDenied(
            jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response,
            org.springframework.security.access.AccessDeniedException denied)
            throws java.io.IOException {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        boolean anonymous = auth == null
                || auth instanceof org.springframework.security.authentication.AnonymousAuthenticationToken;
        if (anonymous && denied instanceof org.springframework.security.web.csrf.CsrfException) {
            response.setHeader("WWW-Authenticate", "Bearer");
            response.sendError(HttpStatus.UNAUTHORIZED.value());
            return;
        }
        request.setAttribute(org.springframework.security.web.WebAttributes.ACCESS_DENIED_403, denied);
        response.sendError(HttpStatus.FORBIDDEN.value());
    }

    private static AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            String reason = exception instanceof LockedException
                    ? "locked"
                    : exception instanceof DisabledException ? "disabled" : "error";
            response.sendRedirect(request.getContextPath() + "/login?" + reason);
        };
    }
}
