package id.pesona.access;

import id.pesona.shared.RegionCode;
import id.pesona.shared.Role;
import java.time.Instant;

/** An account as the admin sees it (never with its password hash). */
public record UserAccount(
        long id,
        String username,
        String fullName,
        Role role,
        RegionCode scope,
        boolean enabled,
        int failedAttempts,
        Instant lockedUntil,
        Instant lastLoginAt,
        Instant createdAt) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public String scopeDotted() {
        return scope == null ? "" : scope.dotted();
    }
}
