package id.pesona.access;

import id.pesona.audit.AuditAction;
import id.pesona.audit.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a name for a while after repeated failed logins, and clears the count on success. A real account is counted and
 * locked in its row; a name without an account is counted the same way in memory (at most {@link #UNKNOWN_NAMES} names,
 * forgotten on restart), so that after the same failures both are refused as locked ({@link ThrottledLogin}).
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    static final int UNKNOWN_NAMES = 10_000;

    private final UserStore store;
    private final AccessProperties props;
    private final AuditTrail audit;
    private final Clock clock;

    /** Failures and lock-out of names that have no account, the least recently tried dropped first. */
    private final Map<String, Failures> unknown = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > UNKNOWN_NAMES;
        }
    };

    private record Failures(int count, Instant lockedUntil) {}

    LoginAttempts(UserStore store, AccessProperties props, AuditTrail audit, Clock clock) {
        this.store = store;
        this.props = props;
        this.audit = audit;
        this.clock = clock;
    }

    /** The name as accounts are keyed: trimmed, lower case. */
    static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether sign-in under this name is refused for now, whether or not an account has it. */
    boolean locked(String username) {
        Instant now = clock.instant();
        var account = store.byUsername(username);
        if (account.isPresent()) {
            return account.get().account().lockedAt(now);
        }
        synchronized (unknown) {
            Failures f = unknown.get(username);
            return f != null && f.lockedUntil() != null && f.lockedUntil().isAfter(now);
        }
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = key(String.valueOf(event.getAuthentication().getPrincipal()));
        if (store.byUsername(username).isEmpty()) {
            unknownFailure(username);
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

    private void unknownFailure(String username) {
        Instant now = clock.instant();
        synchronized (unknown) {
            Failures f = unknown.get(username);
            int count =
                    (f == null || (f.lockedUntil() != null && !f.lockedUntil().isAfter(now)) ? 0 : f.count()) + 1;
            if (count >= props.maxFailedAttempts()) {
                unknown.put(username, new Failures(0, now.plus(props.lockoutDuration())));
                log.warn(
                        "Nama tanpa akun \"{}\" ditolak sementara setelah {} kali gagal masuk",
                        (username.length() > 60 ? username.substring(0, 60) : username)
                                .replaceAll("[^\\p{Alnum}._@-]", "?"),
                        count);
            } else {
                unknown.put(username, new Failures(count, null));
            }
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(InteractiveAuthenticationSuccessEvent event) {
        store.recordSuccess(event.getAuthentication().getName(), clock.instant());
    }
}
