package id.pesona.access;

import id.pesona.shared.RegionScope;
import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads the signed-in user with role, scope and lock state. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final UserStore store;
    private final Clock clock;

    AccountDetailsService(UserStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        return store.byUsername(key)
                .map(this::details)
                .orElseThrow(() -> new UsernameNotFoundException("Tidak dikenal"));
    }

    PesonaUserDetails details(UserStore.Stored s) {
        UserAccount a = s.account();
        return new PesonaUserDetails(
                a.id(),
                a.username(),
                s.passwordHash(),
                a.fullName(),
                a.role(),
                a.scope() == null ? RegionScope.NATIONAL : RegionScope.of(a.scope()),
                a.enabled(),
                a.lockedAt(clock.instant()));
    }
}
