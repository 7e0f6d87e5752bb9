package id.pesona.monitoring;

import id.pesona.shared.CurrentUser;
import id.pesona.shared.NotFoundException;
import id.pesona.shared.RegionCode;
import id.pesona.shared.RegionScope;
import id.pesona.shared.TenantProperties;
import org.springframework.security.access.AccessDeniedException;

/**
 * Which region a monitoring page shows: the one asked for when it lies inside the user's scope; the user's own region
 * when none is asked for or when the one asked for lies above it (a camat opening the regency sees their kecamatan);
 * 403 for anything else.
 */
final class Focus {

    private Focus() {}

    static RegionCode resolve(String wilayah, TenantProperties tenant) {
        RegionScope scope = CurrentUser.scope();
        RegionCode home = scope.root().filter(tenant.root()::contains).orElse(tenant.root());
        if (wilayah == null || wilayah.isBlank()) {
            return home;
        }
        RegionCode asked = RegionCode.tryParse(wilayah).orElseThrow(() -> new NotFoundException("Wilayah " + wilayah));
        if (!tenant.root().contains(asked) && !asked.contains(tenant.root())) {
            throw new AccessDeniedException("Wilayah " + asked.dotted() + " di luar " + tenant.name());
        }
        if (asked.contains(tenant.root())) {
            return home;
        }
        return CurrentUser.within(asked);
    }
}
