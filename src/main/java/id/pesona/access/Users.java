package id.pesona.access;

import id.pesona.audit.AuditAction;
import id.pesona.audit.AuditTrail;
import id.pesona.region.Region;
import id.pesona.region.Regions;
import id.pesona.shared.CurrentUser;
import id.pesona.shared.InvalidInputException;
import id.pesona.shared.NotFoundException;
import id.pesona.shared.RegionCode;
import id.pesona.shared.RegionLevel;
import id.pesona.shared.RegionScope;
import id.pesona.shared.Role;
import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: the admin manages users and their scope; every user changes their own password. All audited. */
@Service
public class Users {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

    public record NewUser(String username, String fullName, Role role, String scope, String password) {}

    public record UserChange(String fullName, Role role, String scope, boolean enabled) {}

    private final UserStore store;
    private final Regions regions;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;
    private final AccessProperties props;

    Users(
            UserStore store,
            Regions regions,
            PasswordEncoder encoder,
            AuditTrail audit,
            Clock clock,
            AccessProperties props) {
        this.store = store;
        this.regions = regions;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.props = props;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserAccount> list(Role role, String text) {
        return store.list(CurrentUser.scope(), role, text);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public UserAccount get(long id) {
        UserAccount u = store.byId(id)
                .map(UserStore.Stored::account)
                .orElseThrow(() -> new NotFoundException("Pengguna " + id));
        requireManageable(u.scope());
        return u;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Map<Role, Long> countByRole() {
        Map<Role, Long> out = new EnumMap<>(Role.class);
        for (UserAccount u : store.list(CurrentUser.scope(), null, null)) {
            out.merge(u.role(), 1L, Long::sum);
        }
        return out;
    }

    public boolean anyUserExists() {
        return store.count() > 0;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount create(NewUser n) {
        return createUnchecked(n);
    }

    /** Creates an account without a signed-in admin: the first admin at setup and the demo accounts. */
    @Transactional
    UserAccount createUnchecked(NewUser n) {
        String username = n.username() == null ? "" : n.username().strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("username", "user.error.username.format");
        }
        if (store.byUsername(username).isPresent()) {
            throw new InvalidInputException("username", "user.error.username.taken", username);
        }
        String fullName = requireFullName(n.fullName());
        Role role = requireRole(n.role());
        RegionCode scope = validScope(role, n.scope());
        checkPassword("password", n.password());
        long id = store.insert(username, encoder.encode(n.password()), fullName, role, scope, clock.instant());
        UserAccount created = store.byId(id).orElseThrow().account();
        audit.record(
                AuditAction.CREATE,
                "USER",
                username,
                scope == null ? null : scope.digits(),
                "Akun baru " + username + " (" + role + ")",
                null,
                snapshot(created));
        return created;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount update(long id, UserChange c) {
        UserAccount before = get(id);
        String fullName = requireFullName(c.fullName());
        Role role = requireRole(c.role());
        RegionCode scope = validScope(role, c.scope());
        boolean removesAdmin = before.role() == Role.ADMIN && before.enabled() && (role != Role.ADMIN || !c.enabled());
        if (removesAdmin && store.countEnabledAdmins() <= 1) {
            throw new InvalidInputException("role", "user.error.lastAdmin");
        }
        store.update(id, fullName, role, scope, c.enabled());
        UserAccount after = get(id);
        audit.record(
                AuditAction.UPDATE,
                "USER",
                before.username(),
                scope == null ? null : scope.digits(),
                "Ubah akun " + before.username(),
                snapshot(before),
                snapshot(after));
        return after;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void resetPassword(long id, String password) {
        UserAccount u = get(id);
        checkPassword("password", password);
        store.setPassword(id, encoder.encode(password), clock.instant());
        store.unlock(id);
        audit.record(
                AuditAction.UPDATE,
                "USER",
                u.username(),
                u.scope() == null ? null : u.scope().digits(),
                "Kata sandi " + u.username() + " diatur ulang oleh admin",
                Map.of("kataSandi", "lama"),
                Map.of("kataSandi", "diatur ulang"));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void unlock(long id) {
        UserAccount u = get(id);
        store.unlock(id);
        audit.record(
                AuditAction.UPDATE,
                "USER",
                u.username(),
                u.scope() == null ? null : u.scope().digits(),
                "Buka kunci akun " + u.username(),
                Map.of("terkunciSampai", String.valueOf(u.lockedUntil())),
                Map.of("terkunciSampai", "-"));
    }

    /** The signed-in user changes their own password, proving they know the current one. */
    @Transactional
    public void changeOwnPassword(String current, String next, String confirm) {
        var me = CurrentUser.require();
        UserStore.Stored stored =
                store.byUsername(me.username()).orElseThrow(() -> new NotFoundException(me.username()));
        if (current == null || !encoder.matches(current, stored.passwordHash())) {
            throw new InvalidInputException("currentPassword", "account.error.current");
        }
        checkPassword("newPassword", next);
        if (!next.equals(confirm)) {
            throw new InvalidInputException("confirmPassword", "account.error.confirm");
        }
        if (encoder.matches(next, stored.passwordHash())) {
            throw new InvalidInputException("newPassword", "account.error.same");
        }
        store.setPassword(stored.account().id(), encoder.encode(next), clock.instant());
        audit.record(
                AuditAction.UPDATE,
                "USER",
                me.username(),
                null,
                "Kata sandi diubah oleh pemiliknya",
                Map.of("kataSandi", "lama"),
                Map.of("kataSandi", "baru"));
    }

    private void checkPassword(String field, String password) {
        if (password == null || password.length() < props.minPasswordLength()) {
            throw new InvalidInputException(field, "user.error.password.short", props.minPasswordLength());
        }
        if (password.length() > 128) {
            throw new InvalidInputException(field, "user.error.password.long", 128);
        }
    }

    private static String requireFullName(String fullName) {
        String n = fullName == null ? "" : fullName.strip();
        if (n.isEmpty() || n.length() > 120) {
            throw new InvalidInputException("fullName", "user.error.fullName");
        }
        return n;
    }

    private static Role requireRole(Role role) {
        if (role == null) {
            throw new InvalidInputException("role", "user.error.role");
        }
        return role;
    }

    /** The scope a role needs: a kecamatan for CAMAT, a desa or kelurahan for DESA; optional for the others. */
    private RegionCode validScope(Role role, String text) {
        if (text == null || text.isBlank()) {
            if (role.requiredScopeLevel() != null) {
                throw new InvalidInputException("scope", "user.error.scope.required");
            }
            return null;
        }
        RegionCode code = RegionCode.tryParse(text)
                .orElseThrow(() -> new InvalidInputException("scope", "region.error.code.format", text));
        Region region = regions.find(code)
                .orElseThrow(() -> new InvalidInputException("scope", "user.error.scope.unknown", code.dotted()));
        RegionLevel need = role.requiredScopeLevel();
        if (need == RegionLevel.KECAMATAN && region.level() != RegionLevel.KECAMATAN) {
            throw new InvalidInputException("scope", "user.error.scope.kecamatan", code.dotted());
        }
        if (need == RegionLevel.DESA && !region.level().isVillage()) {
            throw new InvalidInputException("scope", "user.error.scope.village", code.dotted());
        }
        requireManageable(code);
        return code;
    }

    /** An admin manages only accounts inside their own scope. */
    private static void requireManageable(RegionCode scope) {
        RegionScope mine = CurrentUser.get().map(p -> p.scope()).orElse(RegionScope.NATIONAL);
        if (scope == null ? !mine.isNational() : !mine.contains(scope)) {
            throw new AccessDeniedException("Akun di luar cakupan");
        }
    }

    private static Map<String, Object> snapshot(UserAccount u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", u.username());
        m.put("namaLengkap", u.fullName());
        m.put("peran", u.role().name());
        m.put("cakupan", u.scope() == null ? "Indonesia" : u.scope().dotted());
        m.put("aktif", u.enabled());
        return m;
    }
}
