package id.pesona.shared;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the signed-in user from the security context. */
public final class CurrentUser {

    private CurrentUser() {}

    public static Optional<PesonaPrincipal> get() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a != null && a.getPrincipal() instanceof PesonaPrincipal p) {
            return Optional.of(p);
        }
        return Optional.empty();
    }

    public static PesonaPrincipal require() {
        return get().orElseThrow(() -> new AccessDeniedException("Tidak masuk"));
    }

    /** The scope of the signed-in user; a request without a user sees nothing. */
    public static RegionScope scope() {
        return require().scope();
    }

    /** Who to write in the audit trail: the username, or "sistem" for jobs and start-up work. */
    public static String actorName() {
        return get().map(PesonaPrincipal::username).orElse("sistem");
    }

    /** Throws 403 unless the region is inside the user's scope. */
    public static void requireInScope(RegionCode code) {
        if (!scope().contains(code)) {
            throw outOfScope(code);
        }
    }

    /**
     * The one check for a region a request names (a {@code wilayah}, {@code region} or a payer's or record's region):
     * the region itself when it lies inside the user's scope; the user's own region when the one named lies above it
     * (the regency asked for by a camat shows the camat's kecamatan); 403 for any other region, never an empty answer.
     * Work without a signed-in user (jobs, start-up) sees the region as named.
     */
    public static RegionCode within(RegionCode code) {
        Optional<PesonaPrincipal> user = get();
        if (user.isEmpty()) {
            return code;
        }
        RegionScope scope = user.get().scope();
        if (scope.contains(code)) {
            return code;
        }
        if (scope.isAbove(code)) {
            return scope.root().orElseThrow();
        }
        throw outOfScope(code);
    }

    private static AccessDeniedException outOfScope(RegionCode code) {
        return new AccessDeniedException("Wilayah " + code.dotted() + " di luar cakupan akun ini");
    }
}
