package id.pesona.access;

import java.util.function.Predicate;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Form sign-in that does not tell a real account from an unknown name: a name locked out after repeated failures
 * (real or not, see {@link LoginAttempts}) is refused as locked, and every attempt costs exactly one password hash —
 * the locked path against a dummy hash, an unknown name against Spring's, a real one against its own. Lock and disable
 * state is only told after the right password, so a wrong guess at a disabled account reads like any other.
 */
final class ThrottledLogin implements AuthenticationProvider {

    private final DaoAuthenticationProvider accounts;
    private final Predicate<String> locked;
    private final PasswordEncoder encoder;
    private final String dummyHash;

    ThrottledLogin(UserDetailsService users, PasswordEncoder encoder, Predicate<String> locked) {
        this.accounts = new DaoAuthenticationProvider(users);
        this.accounts.setPasswordEncoder(encoder);
        this.accounts.setPreAuthenticationChecks(user -> {});
        this.accounts.setPostAuthenticationChecks(user -> {
            if (!user.isAccountNonLocked()) {
                throw new LockedException("Dikunci");
            }
            if (!user.isEnabled()) {
                throw new DisabledException("Dinonaktifkan");
            }
            if (!user.isAccountNonExpired()) {
                throw new AccountExpiredException("Kedaluwarsa");
            }
            if (!user.isCredentialsNonExpired()) {
                throw new CredentialsExpiredException("Kata sandi kedaluwarsa");
            }
        });
        this.encoder = encoder;
        this.locked = locked;
        this.dummyHash = encoder.encode("bukan-kata-sandi-siapa-pun");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (locked.test(LoginAttempts.key(authentication.getName()))) {
            encoder.matches(String.valueOf(authentication.getCredentials()), dummyHash);
            throw new LockedException("Dikunci");
        }
        return accounts.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
