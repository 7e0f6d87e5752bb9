package id.pesona.shared.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links in pages are written as they are. Spring Boot registers a {@link ResourceUrlEncodingFilter} because the WebJars
 * locator enables the resource chain; it would let every {@code @{...}} link be looked up as a static resource (four
 * class-path probes per link, and nothing cached for links that are not files), which cost half the time of a
 * dashboard with a link per village. Pesona does not rewrite asset URLs (no content-hash versions), so the filter has
 * nothing to do: it is registered disabled. WebJars still resolve without versions through their resource handler.
 */
@Configuration(proxyBeanMethods = false)
class ResourceLinks {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
