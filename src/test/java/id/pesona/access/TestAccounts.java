package id.pesona.access;

import id.pesona.shared.Role;
import java.util.Map;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accounts for tests, one per role, created on first use. {@link #as(String)} signs a MockMvc request in as that
 * account with its real role and scope.
 */
@Component
public class TestAccounts {

    public static final String PASSWORD = "rahasia-uji-123";

    /** username → role and scope */
    public static final Map<String, Users.NewUser> ACCOUNTS = Map.ofEntries(
            // the exit request tests' villages (Pusungi, Tete B), which no other test touches
            Map.entry(
                    "t.pusungi",
                    new Users.NewUser("t.pusungi", "Operator Pusungi", Role.DESA, "72.09.04.2001", PASSWORD)),
            Map.entry("t.teteb", new Users.NewUser("t.teteb", "Operator Tete B", Role.DESA, "72.09.04.2002", PASSWORD)),
            Map.entry("t.admin", new Users.NewUser("t.admin", "Admin Uji", Role.ADMIN, "72.09", PASSWORD)),
            Map.entry("t.bpjs", new Users.NewUser("t.bpjs", "BPJS Uji", Role.BPJS, "72.09", PASSWORD)),
            Map.entry("t.pimpinan", new Users.NewUser("t.pimpinan", "Pimpinan Uji", Role.PIMPINAN, "72.09", PASSWORD)),
            Map.entry("t.camat", new Users.NewUser("t.camat", "Camat Ampana Kota", Role.CAMAT, "72.09.05", PASSWORD)),
            Map.entry(
                    "t.desa", new Users.NewUser("t.desa", "Operator Sansarino", Role.DESA, "72.09.05.2001", PASSWORD)),
            Map.entry("t.lurah", new Users.NewUser("t.lurah", "Lurah Bailo", Role.DESA, "72.09.05.1003", PASSWORD)),
            Map.entry(
                    "t.lemoro", new Users.NewUser("t.lemoro", "Operator Lemoro", Role.DESA, "72.09.08.2001", PASSWORD)),
            Map.entry("t.kunci", new Users.NewUser("t.kunci", "Akun Uji Kunci", Role.DESA, "72.09.05.2011", PASSWORD)),
            Map.entry("t.sandi", new Users.NewUser("t.sandi", "Akun Uji Sandi", Role.CAMAT, "72.09.08", PASSWORD)),
            // the route crawler's own area (Kecamatan Una Una, Desa Wakai), which no other test touches
            Map.entry(
                    "t.jelajah.camat",
                    new Users.NewUser("t.jelajah.camat", "Camat Una Una", Role.CAMAT, "72.09.01", PASSWORD)),
            Map.entry(
                    "t.jelajah.desa",
                    new Users.NewUser("t.jelajah.desa", "Operator Wakai", Role.DESA, "72.09.01.2007", PASSWORD)),
            Map.entry(
                    "t.jelajah.sandi",
                    new Users.NewUser("t.jelajah.sandi", "Operator Una-Una", Role.DESA, "72.09.01.2008", PASSWORD)),
            // the import recovery tests' villages (Tingki, Malapo in Walea Besar), which no other test touches
            Map.entry(
                    "t.tingki", new Users.NewUser("t.tingki", "Operator Tingki", Role.DESA, "72.09.09.2003", PASSWORD)),
            Map.entry(
                    "t.malapo", new Users.NewUser("t.malapo", "Operator Malapo", Role.DESA, "72.09.09.2004", PASSWORD)),
            // the authorization matrix's village (Lembanya, Kecamatan Una Una), which no other test touches
            Map.entry(
                    "t.matriks.desa",
                    new Users.NewUser("t.matriks.desa", "Operator Lembanya", Role.DESA, "72.09.01.2010", PASSWORD)),
            Map.entry(
                    "t.kunci2",
                    new Users.NewUser("t.kunci2", "Akun Uji Kunci 2", Role.DESA, "72.09.05.2011", PASSWORD)),
            Map.entry(
                    "t.nonaktif",
                    new Users.NewUser("t.nonaktif", "Akun Uji Nonaktif", Role.DESA, "72.09.05.2011", PASSWORD)));

    private final Users users;
    private final UserStore store;
    private final AccountDetailsService details;
    private final TransactionTemplate tx;

    TestAccounts(Users users, UserStore store, AccountDetailsService details, TransactionTemplate tx) {
        this.users = users;
        this.store = store;
        this.details = details;
        this.tx = tx;
    }

    public synchronized String ensure(String username) {
        if (store.byUsername(username).isEmpty()) {
            Users.NewUser n = ACCOUNTS.get(username);
            if (n == null) {
                throw new IllegalArgumentException("No test account " + username);
            }
            tx.executeWithoutResult(s -> users.createUnchecked(n));
        }
        return username;
    }

    public RequestPostProcessor as(String username) {
        ensure(username);
        return SecurityMockMvcRequestPostProcessors.user(details.loadUserByUsername(username));
    }

    /** Runs code as a signed-in user (service calls with method security), then signs out again. */
    public <T> T signedIn(String username, java.util.function.Supplier<T> work) {
        ensure(username);
        var principal = details.loadUserByUsername(username);
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                principal, null, principal.getAuthorities()));
        var before = org.springframework.security.core.context.SecurityContextHolder.getContext();
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(before);
        }
    }

    public long idOf(String username) {
        ensure(username);
        return store.byUsername(username).orElseThrow().account().id();
    }
}
