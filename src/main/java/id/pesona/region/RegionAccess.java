package id.pesona.region;

import id.pesona.shared.CurrentUser;
import id.pesona.shared.NotFoundException;
import id.pesona.shared.RegionCode;
import org.springframework.security.access.AccessDeniedException;

/** Turns a code from a URL into a region the signed-in user may open, or 404/403. */
final class RegionAccess {

    private RegionAccess() {}

    static RegionCode navigable(String text) {
        RegionCode code = RegionCode.tryParse(text).orElseThrow(() -> new NotFoundException("Wilayah " + text));
        if (!CurrentUser.scope().canNavigate(code)) {
            throw new AccessDeniedException("Wilayah " + code.dotted() + " di luar cakupan akun ini");
        }
        return code;
    }

    static RegionCode inScope(String text) {
        RegionCode code = RegionCode.tryParse(text).orElseThrow(() -> new NotFoundException("Wilayah " + text));
        CurrentUser.requireInScope(code);
        return code;
    }
}
