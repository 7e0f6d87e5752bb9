package id.pesona.access;

import id.pesona.shared.Role;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo profile's accounts, one per role, as listed in the README. Never present in production. */
@Component
@Profile("demo")
@Order(10)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "demo-pesona";

    record Demo(String username, String fullName, Role role, String scope) {}

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("admin", "Admin Dinas Nakertrans", Role.ADMIN, "72.09"),
            new Demo("bpjs", "Petugas BPJS Ketenagakerjaan Cabang Poso", Role.BPJS, "72.09"),
            new Demo("pimpinan", "Sekretaris Daerah", Role.PIMPINAN, "72.09"),
            new Demo("camat.ampanakota", "Camat Ampana Kota", Role.CAMAT, "72.09.05"),
            new Demo("desa.sansarino", "Operator Desa Sansarino", Role.DESA, "72.09.05.2001"),
            new Demo("lurah.bailo", "Lurah Bailo", Role.DESA, "72.09.05.1003"));

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final Users users;
    private final UserStore store;
    private final TransactionTemplate tx;

    DemoAccounts(Users users, UserStore store, TransactionTemplate tx) {
        this.users = users;
        this.store = store;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Demo d : ACCOUNTS) {
            if (store.byUsername(d.username()).isEmpty()) {
                tx.executeWithoutResult(s -> users.createUnchecked(
                        new Users.NewUser(d.username(), d.fullName(), d.role(), d.scope(), PASSWORD)));
                log.info("Akun demo {} ({}) dibuat, kata sandi: {}", d.username(), d.role(), PASSWORD);
            }
        }
    }
}
