package id.pesona.access;

import id.pesona.audit.AuditAction;
import id.pesona.audit.AuditTrail;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Locks an account for a while after repeated failed logins, and clears the count on success. */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final UserStore store;
    private final AccessProperties props;
    private final AuditTrail audit;
    private final Clock clock;

    LoginAttempts(UserStore store, AccessProperties props, AuditTrail audit, Clock clock) {
        this.store = store;
        this.props = props;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username =
                String.valueOf(event.getAuthentication().getPrincipal()).strip().toLowerCase(java.util.Locale.ROOT);
        if (store.byUsername(username).isEmpty()) {
            return;
        }
        int failures = store.recordFailure(username);
        if (failures >= props.maxFailedAttempts()) {
            var until = clock.instant().plus(props.lockoutDuration());
            store.lock(username, until);
            log.warn("Akun {} dikunci sampai {} setelah {} kali gagal masuk", username, until, failures);
            audit.security(
                    username,
                    AuditAction.LOCK,
                    username,
                    "Dikunci setelah " + failures + " kali gagal masuk, sampai " + until);
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(InteractiveAuthenticationSuccessEvent event) {
        store.recordSuccess(event.getAuthentication().getName(), clock.instant());
    }
}
