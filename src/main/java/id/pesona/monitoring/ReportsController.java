package id.pesona.monitoring;

import id.pesona.region.Regions;
import id.pesona.shared.CurrentUser;
import id.pesona.shared.InvalidInputException;
import id.pesona.shared.RegionCode;
import id.pesona.shared.TenantProperties;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Reports on demand (PDF or .xlsx for a region and period) and the stored ones, scoped. */
@Controller
@RequestMapping("/monev/laporan")
class ReportsController {

    private final MonitoringReports reports;
    private final Regions regions;
    private final TenantProperties tenant;
    private final Clock clock;

    ReportsController(MonitoringReports reports, Regions regions, TenantProperties tenant, Clock clock) {
        this.reports = reports;
        this.regions = regions;
        this.tenant = tenant;
        this.clock = clock;
    }

    @GetMapping
    String show(@RequestParam(required = false) String wilayah, Model model) {
        RegionCode focus = Focus.resolve(wilayah, tenant);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("region", regions.get(focus));
        model.addAttribute("lineage", regions.lineage(focus));
        model.addAttribute("focus", focus.dotted());
        model.addAttribute("tab", "reports");
        model.addAttribute("from", today.withDayOfYear(1));
        model.addAttribute("to", today);
        model.addAttribute("villages", regions.villages(focus, CurrentUser.scope()));
        model.addAttribute(
                "kecamatan",
                focus.level() == id.pesona.shared.RegionLevel.KABUPATEN
                        ? regions.children(focus, CurrentUser.scope())
                        : java.util.List.of());
        model.addAttribute("kinds", MonitoringReports.Kind.values());
        model.addAttribute("stored", reports.stored(CurrentUser.scope(), 50));
        return "monitoring/reports";
    }

    /** Making a report stores it, so it is a POST with CSRF; an old link or bookmark to it shows the form instead. */
    @GetMapping("/buat")
    String form() {
        return "redirect:/monev/laporan";
    }

    @PostMapping("/buat")
    String generate(
            @RequestParam(required = false) String jenis,
            @RequestParam(required = false) String wilayah,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dari,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai,
            @RequestParam(defaultValue = "pdf") String format,
            RedirectAttributes redirect) {
        RegionCode region = Focus.resolve(wilayah, tenant);
        try {
            MonitoringReports.Kind kind = kind(jenis);
            var stored = reports.generate(
                    kind,
                    region,
                    dari,
                    sampai,
                    "xlsx".equals(format) ? "xlsx" : "pdf",
                    LocaleContextHolder.getLocale());
            return "redirect:/monev/laporan/" + stored.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("reportError", e.messageKey());
            return "redirect:/monev/laporan?wilayah=" + region.dotted();
        }
    }

    static MonitoringReports.Kind kind(String text) {
        try {
            return MonitoringReports.Kind.valueOf(text == null ? "MONEV" : text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("jenis", "monev.report.error.region");
        }
    }

    @GetMapping("/{id}")
    void download(@PathVariable long id, HttpServletResponse response) throws IOException {
        MonitoringReports.File file = reports.download(id);
        response.setContentType(file.contentType());
        response.setHeader(
                "Content-Disposition",
                (file.name().endsWith(".pdf") ? "inline" : "attachment") + "; filename=\"" + file.name() + "\"");
        response.getOutputStream().write(file.content());
    }
}
