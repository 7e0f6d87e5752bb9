package id.pesona.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** Every sign-in attempt runs exactly one password hash, whatever the name: the timing does not tell them apart. */
class ThrottledLoginTest {

    static final class CountingEncoder implements PasswordEncoder {
        final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        final AtomicInteger matches = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            matches.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({
        "siti, salah, BadCredentials",
        "tidak.ada, salah, BadCredentials",
        "siti, rahasia-siti, ok",
        "siti.kunci, salah, Locked",
        "siti.kunci, rahasia-siti, Locked",
        "tidak.ada.kunci, salah, Locked",
        "siti.nonaktif, salah, BadCredentials",
        "siti.nonaktif, rahasia-siti, Disabled",
        "siti.terkunci.baris, salah, BadCredentials",
        "siti.terkunci.baris, rahasia-siti, Locked"
    })
    void everyAttemptRunsOnePasswordHash(String name, String password, String outcome) {
        CountingEncoder encoder = new CountingEncoder();
        String hash = encoder.encode("rahasia-siti");
        var users = new InMemoryUserDetailsManager(
                User.withUsername("siti").password(hash).roles("DESA").build(),
                User.withUsername("siti.kunci").password(hash).roles("DESA").build(),
                User.withUsername("siti.nonaktif")
                        .password(hash)
                        .roles("DESA")
                        .disabled(true)
                        .build(),
                // locked in its row between the check and the load: told only after the right password
                User.withUsername("siti.terkunci.baris")
                        .password(hash)
                        .roles("DESA")
                        .accountLocked(true)
                        .build());
        Set<String> locked = new HashSet<>(Set.of("siti.kunci", "tidak.ada.kunci"));
        var login = new ThrottledLogin(users, encoder, locked::contains);
        encoder.matches.set(0);

        Throwable thrown = catchThrowable(
                () -> login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, password)));

        assertThat(encoder.matches.get()).isEqualTo(1);
        switch (outcome) {
            case "ok" -> assertThat(thrown).isNull();
            case "BadCredentials" -> assertThat(thrown).isInstanceOf(BadCredentialsException.class);
            case "Locked" -> assertThat(thrown).isInstanceOf(LockedException.class);
            case "Disabled" -> assertThat(thrown).isInstanceOf(DisabledException.class);
            default -> throw new IllegalArgumentException(outcome);
        }
    }
}
