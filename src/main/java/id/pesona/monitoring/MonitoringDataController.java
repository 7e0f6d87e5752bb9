package id.pesona.monitoring;

import id.pesona.region.Regions;
import id.pesona.shared.CurrentUser;
import id.pesona.shared.InvalidInputException;
import id.pesona.shared.RegionCode;
import id.pesona.shared.TenantProperties;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The figures the admin enters for monitoring: workforce per kecamatan and year, and regulations for Paritrana. */
@Controller
@RequestMapping("/monev/data")
class MonitoringDataController {

    private final Workforce workforce;
    private final Regulations regulations;
    private final Regions regions;
    private final TenantProperties tenant;
    private final Clock clock;

    MonitoringDataController(
            Workforce workforce, Regulations regulations, Regions regions, TenantProperties tenant, Clock clock) {
        this.workforce = workforce;
        this.regulations = regulations;
        this.regions = regions;
        this.tenant = tenant;
        this.clock = clock;
    }

    @GetMapping
    String show(Model model) {
        RegionCode root = Focus.resolve(null, tenant);
        model.addAttribute("focus", root.dotted());
        model.addAttribute("kecamatan", regions.children(tenant.root(), CurrentUser.scope()));
        model.addAttribute("entries", workforce.entries(root));
        model.addAttribute("regulations", regulations.list());
        model.addAttribute("year", LocalDate.now(clock).getYear());
        model.addAttribute("tab", "settings");
        return "monitoring/data";
    }

    @PostMapping("/angkatan-kerja")
    String setWorkforce(
            @RequestParam(required = false) String kecamatan,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String workers,
            @RequestParam(required = false) String source,
            RedirectAttributes redirect) {
        try {
            workforce.set(kecamatan, year, workers, source);
            redirect.addFlashAttribute("success", "monev.workforce.saved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("dataError", e.messageKey());
        }
        return "redirect:/monev/data";
    }

    @PostMapping("/regulasi")
    String addRegulation(
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String number,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
            @RequestParam(required = false) String summary,
            RedirectAttributes redirect) {
        try {
            regulations.add(title, number, issuedOn, summary);
            redirect.addFlashAttribute("success", "monev.regulation.saved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("dataError", e.messageKey());
        }
        return "redirect:/monev/data";
    }
}
