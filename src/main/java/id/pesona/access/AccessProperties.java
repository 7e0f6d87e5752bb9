package id.pesona.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings. The first admin can come from {@code pesona.access.bootstrap-admin.*} (environment variables
 * {@code PESONA_ACCESS_BOOTSTRAPADMIN_USERNAME} and {@code ..._PASSWORD}); there is no default password.
 */
@ConfigurationProperties("pesona.access")
record AccessProperties(
        @DefaultValue("5") int maxFailedAttempts,
        @DefaultValue("15m") Duration lockoutDuration,
        @DefaultValue("10") int minPasswordLength,
        @DefaultValue BootstrapAdmin bootstrapAdmin) {

    record BootstrapAdmin(
            String username,
            String password,
            @DefaultValue("Administrator") String fullName) {

        /** Any of the settings present, used or not. */
        boolean anySet() {
            return (username != null && !username.isBlank()) || (password != null && !password.isBlank());
        }

        boolean configured() {
            return username != null && !username.isBlank() && password != null && !password.isBlank();
        }
    }
}
