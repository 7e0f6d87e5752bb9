package id.pesona.region;

import id.pesona.audit.AuditTrail;
import id.pesona.document.Spreadsheet;
import id.pesona.shared.CurrentUser;
import id.pesona.shared.InvalidInputException;
import id.pesona.shared.RegionCode;
import id.pesona.shared.RegionScope;
import id.pesona.shared.TenantProperties;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: kabupaten → kecamatan → desa/kelurahan with counts; the admin's new and renamed villages. */
@Controller
@RequestMapping("/wilayah")
class RegionController {

    private final Regions regions;
    private final RegionChanges changes;
    private final TenantProperties tenant;
    private final AuditTrail audit;
    private final MessageSource messages;

    RegionController(
            Regions regions, RegionChanges changes, TenantProperties tenant, AuditTrail audit, MessageSource messages) {
        this.regions = regions;
        this.changes = changes;
        this.tenant = tenant;
        this.audit = audit;
        this.messages = messages;
    }

    /** Starts at the regency, or at the user's own region when the regency is outside their reach. */
    @GetMapping
    String start() {
        RegionScope scope = CurrentUser.scope();
        RegionCode root = tenant.root();
        RegionCode start = scope.canNavigate(root) ? root : scope.root().orElse(root);
        return "redirect:/wilayah/" + start.dotted();
    }

    @GetMapping("/{code}")
    String show(@PathVariable String code, Model model) {
        RegionCode c = RegionAccess.navigable(code);
        Region region = regions.get(c);
        RegionScope scope = CurrentUser.scope();
        model.addAttribute("region", region);
        model.addAttribute("lineage", regions.lineage(c));
        model.addAttribute("children", regions.children(c, scope));
        model.addAttribute("narrowed", !scope.contains(c));
        model.addAttribute("canEdit", CurrentUser.require().role() == id.pesona.shared.Role.ADMIN && scope.contains(c));
        return "region/show";
    }

    @GetMapping("/{code}/ekspor.xlsx")
    void export(@PathVariable String code, HttpServletResponse response) throws IOException {
        RegionCode c = RegionAccess.navigable(code);
        Region region = regions.get(c);
        RegionScope scope = CurrentUser.scope();
        List<Region> villages = regions.villages(c, scope);
        Map<RegionCode, Region> kecamatan = regions.findAll(
                villages.stream().map(v -> v.parent()).distinct().toList());
        audit.export(
                "REGION",
                c.digits(),
                "Ekspor daftar desa/kelurahan " + c.dotted() + " " + region.name() + " (" + villages.size() + " baris)",
                Map.of("wilayah", c.dotted(), "cakupan", scope.toString()));
        response.setContentType(Spreadsheet.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"wilayah-" + c.dotted() + ".xlsx\"");
        var locale = LocaleContextHolder.getLocale();
        List<String> headers =
                List.of(msg("region.code"), msg("region.name"), msg("region.level"), msg("region.level.kecamatan"));
        Spreadsheet.write(
                response.getOutputStream(),
                msg("region.villages"),
                region.name() + " (" + c.dotted() + ")",
                headers,
                villages.stream()
                        .<List<?>>map(v -> List.of(
                                v.dotted(),
                                v.name(),
                                messages.getMessage(v.level().messageKey(), null, locale),
                                kecamatan.containsKey(v.parent())
                                        ? kecamatan.get(v.parent()).name()
                                        : ""))
                        .toList());
    }

    private String msg(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    @GetMapping("/baru")
    @PreAuthorize("hasRole('ADMIN')")
    String newVillage(@RequestParam(required = false) String kecamatan, Model model) {
        RegionCode.tryParse(kecamatan).ifPresent(CurrentUser::requireInScope);
        model.addAttribute("code", kecamatan == null ? "" : kecamatan + ".");
        return "region/new";
    }

    @PostMapping("/baru")
    @PreAuthorize("hasRole('ADMIN')")
    String addVillage(
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String decree,
            Model model,
            RedirectAttributes redirect) {
        try {
            Region created = changes.addVillage(code, name, decree);
            redirect.addFlashAttribute("success", "region.created");
            return "redirect:/wilayah/" + created.dotted();
        } catch (InvalidInputException e) {
            model.addAttribute("code", code);
            model.addAttribute("name", name);
            model.addAttribute("decree", decree);
            model.addAttribute("error", e);
            return "region/new";
        }
    }

    @GetMapping("/{code}/ubah")
    @PreAuthorize("hasRole('ADMIN')")
    String renameForm(@PathVariable String code, Model model) {
        Region region = regions.get(RegionAccess.inScope(code));
        model.addAttribute("region", region);
        model.addAttribute("name", region.name());
        model.addAttribute("decree", "");
        return "region/rename";
    }

    @PostMapping("/{code}/ubah")
    @PreAuthorize("hasRole('ADMIN')")
    String rename(
            @PathVariable String code,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String decree,
            Model model,
            RedirectAttributes redirect) {
        RegionCode c = RegionAccess.inScope(code);
        try {
            changes.rename(c, name, decree);
            redirect.addFlashAttribute("success", "region.renamed");
            return "redirect:/wilayah/" + c.dotted();
        } catch (InvalidInputException e) {
            model.addAttribute("region", regions.get(c));
            model.addAttribute("name", name);
            model.addAttribute("decree", decree);
            model.addAttribute("error", e);
            return "region/rename";
        }
    }
}
