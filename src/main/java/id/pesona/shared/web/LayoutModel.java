package id.pesona.shared.web;

import id.pesona.shared.CurrentUser;
import id.pesona.shared.PesonaPrincipal;
import id.pesona.shared.TenantProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the page frame (navbar, footer) needs on every page. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

    private final TenantProperties tenant;

    LayoutModel(TenantProperties tenant) {
        this.tenant = tenant;
    }

    @ModelAttribute("me")
    PesonaPrincipal me() {
        return CurrentUser.get().orElse(null);
    }

    @ModelAttribute("tenantName")
    String tenantName() {
        return tenant.name();
    }
}
