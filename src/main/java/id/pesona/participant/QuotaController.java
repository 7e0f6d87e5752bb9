package id.pesona.participant;

import id.pesona.shared.CurrentUser;
import id.pesona.shared.InvalidInputException;
import id.pesona.shared.RegionCode;
import id.pesona.shared.TenantProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Quota use per village; the admin sets a quota for one village or for all villages of a region. */
@Controller
@RequestMapping("/peserta/kuota")
class QuotaController {

    private final Quotas quotas;
    private final TenantProperties tenant;
    private final Clock clock;

    QuotaController(Quotas quotas, TenantProperties tenant, Clock clock) {
        this.quotas = quotas;
        this.tenant = tenant;
        this.clock = clock;
    }

    @GetMapping
    String show(
            @RequestParam(required = false) String wilayah,
            @RequestParam(required = false) Integer tahun,
            Model model) {
        RegionCode root = ParticipantController.regionParam(wilayah);
        if (root == null) {
            root = CurrentUser.scope().root().filter(tenant.root()::contains).orElse(tenant.root());
        }
        int year = tahun == null ? LocalDate.now(clock).getYear() : tahun;
        List<Quotas.VillageQuota> rows = quotas.forRegion(root, year);
        model.addAttribute("rows", rows);
        model.addAttribute("year", year);
        model.addAttribute("wilayah", root.dotted());
        model.addAttribute("defaultQuota", quotas.defaultFor(year));
        model.addAttribute(
                "totalQuota",
                rows.stream().mapToLong(Quotas.VillageQuota::quota).sum());
        model.addAttribute(
                "totalUsed", rows.stream().mapToLong(Quotas.VillageQuota::used).sum());
        return "participant/quota";
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    String set(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer quota,
            Model model,
            RedirectAttributes redirect) {
        try {
            int n = quotas.set(region, year, quota);
            redirect.addFlashAttribute("success", "quota.saved");
            redirect.addFlashAttribute("quotaCount", n);
            return "redirect:/peserta/kuota?tahun=" + year;
        } catch (InvalidInputException e) {
            model.addAttribute("quotaError", e);
            return show(null, year, model);
        }
    }
}
