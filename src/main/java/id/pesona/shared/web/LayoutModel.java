package id.pesona.shared.web;

import id.pesona.shared.CurrentUser;
import id.pesona.shared.PesonaPrincipal;
import id.pesona.shared.TenantProperties;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the page frame (navbar, footer) needs on every page: the signed-in user and the tenant's name. Controllers get
 * it as model attributes; error pages, which no controller renders, get it from {@link ErrorReplies} through {@link
 * #addTo(Map)}.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
@Component
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

    void addTo(Map<String, Object> model) {
        model.put("me", me());
        model.put("tenantName", tenantName());
    }

    void addTo(Model model) {
        model.addAttribute("me", me());
        model.addAttribute("tenantName", tenantName());
    }
}
