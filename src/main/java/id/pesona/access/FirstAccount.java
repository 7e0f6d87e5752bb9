package id.pesona.access;

import id.pesona.shared.Role;
import id.pesona.shared.TenantProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * There is no default password. On a start with no account at all, the first admin comes from configuration
 * ({@code pesona.access.bootstrap-admin.*}) or, failing that, from the one-time setup page, protected by a setup code
 * printed to the server log.
 */
@Component
@Order(100)
class FirstAccount implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAccount.class);

    private final Users users;
    private final AccessProperties props;
    private final TenantProperties tenant;
    private final TransactionTemplate tx;
    private volatile String setupCode;

    FirstAccount(Users users, AccessProperties props, TenantProperties tenant, TransactionTemplate tx) {
        this.users = users;
        this.props = props;
        this.tenant = tenant;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        var admin = props.bootstrapAdmin();
        if (users.anyUserExists()) {
            if (admin.anySet()) {
                // a password left in the environment is a secret lying around; it would never be used again
                log.warn("Pengaturan pesona.access.bootstrap-admin.* diabaikan karena sudah ada akun. Hapus pengaturan"
                        + " ini (terutama kata sandinya) dari konfigurasi server.");
            }
            return;
        }
        if (admin.configured()) {
            createAdmin(admin.username(), admin.fullName(), admin.password());
            log.info("Admin pertama '{}' dibuat dari konfigurasi pesona.access.bootstrap-admin", admin.username());
            return;
        }
        setupCode = newCode();
        log.warn(
                "Belum ada akun. Buka /setup dan masukkan kode penyiapan ini untuk membuat admin pertama: {}",
                setupCode);
    }

    boolean setupOpen() {
        return !users.anyUserExists();
    }

    /** Compares the code in constant time; false when no code was issued. */
    boolean codeMatches(String code) {
        String expected = setupCode;
        if (expected == null || code == null) {
            return false;
        }
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), code.strip().getBytes(StandardCharsets.UTF_8));
    }

    String issueCodeIfMissing() {
        if (setupCode == null && setupOpen()) {
            setupCode = newCode();
            log.warn("Kode penyiapan admin pertama: {}", setupCode);
        }
        return setupCode;
    }

    synchronized UserAccount createAdmin(String username, String fullName, String password) {
        UserAccount created = tx.execute(s -> users.createUnchecked(
                new Users.NewUser(username, fullName, Role.ADMIN, tenant.root().dotted(), password)));
        setupCode = null;
        return created;
    }

    private static String newCode() {
        SecureRandom r = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
