package id.pesona.monitoring;

import id.pesona.contribution.Deadlines;
import id.pesona.region.Regions;
import id.pesona.shared.RegionCode;
import id.pesona.shared.TenantProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The arrears and deadline, cards and claims, and data-quality panels. */
@Controller
@RequestMapping("/monev")
class PanelsController {

    static final int STALE_DAYS = 90;

    private final Panels panels;
    private final Deadlines deadlines;
    private final Regions regions;
    private final TenantProperties tenant;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;

    PanelsController(
            Panels panels,
            Deadlines deadlines,
            Regions regions,
            TenantProperties tenant,
            MessageSource messages,
            JsonMapper json,
            Clock clock) {
        this.panels = panels;
        this.deadlines = deadlines;
        this.regions = regions;
        this.tenant = tenant;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    private void common(Model model, RegionCode focus, String tab) {
        model.addAttribute("region", regions.get(focus));
        model.addAttribute("lineage", regions.lineage(focus));
        model.addAttribute("focus", focus.dotted());
        model.addAttribute("tab", tab);
        model.addAttribute("today", LocalDate.now(clock));
    }

    @GetMapping("/tunggakan")
    String arrears(
            @RequestParam(required = false) String wilayah,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal,
            Model model) {
        RegionCode focus = Focus.resolve(wilayah, tenant);
        LocalDate date = tanggal == null ? LocalDate.now(clock) : tanggal;
        common(model, focus, "arrears");
        Panels.Arrears a = panels.arrears(focus, date);
        model.addAttribute("a", a);
        model.addAttribute("date", date);
        model.addAttribute("deadline", deadlines.nextActive().orElse(null));
        model.addAttribute(
                "bucketChart",
                Charts.json(
                        json,
                        new Charts.Chart(
                                "bar",
                                a.buckets().keySet().stream()
                                        .map(b -> text("monev.bucket." + b.name()))
                                        .toList(),
                                List.of(new Charts.Dataset(
                                        text("monev.arrears.outstanding"),
                                        List.copyOf(a.buckets().values()))),
                                false,
                                false)));
        return "monitoring/arrears";
    }

    @GetMapping("/kartu-klaim")
    String cards(
            @RequestParam(required = false) String wilayah,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dari,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai,
            Model model) {
        RegionCode focus = Focus.resolve(wilayah, tenant);
        common(model, focus, "cards");
        LocalDate to = sampai == null ? LocalDate.now(clock) : sampai;
        LocalDate from = dari == null ? to.withDayOfYear(1) : dari;
        List<Panels.CardRow> rows = panels.cards(focus);
        model.addAttribute("rows", rows);
        model.addAttribute(
                "registered",
                rows.stream().mapToLong(Panels.CardRow::registered).sum());
        model.addAttribute(
                "received", rows.stream().mapToLong(Panels.CardRow::received).sum());
        model.addAttribute(
                "handed", rows.stream().mapToLong(Panels.CardRow::handed).sum());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("claims", panels.claims(focus, from, to).orElse(null));
        model.addAttribute(
                "cardChart",
                Charts.json(
                        json,
                        new Charts.Chart(
                                "bar",
                                rows.stream().map(Panels.CardRow::name).toList(),
                                List.of(
                                        new Charts.Dataset(
                                                text("monev.registered"),
                                                rows.stream()
                                                        .map(Panels.CardRow::registered)
                                                        .toList()),
                                        new Charts.Dataset(
                                                text("monev.cards.received"),
                                                rows.stream()
                                                        .map(Panels.CardRow::received)
                                                        .toList()),
                                        new Charts.Dataset(
                                                text("monev.cards.handed"),
                                                rows.stream()
                                                        .map(Panels.CardRow::handed)
                                                        .toList())),
                                true,
                                false)));
        return "monitoring/cards";
    }

    @GetMapping("/kualitas")
    String quality(
            @RequestParam(required = false) String wilayah, @RequestParam(required = false) Integer hari, Model model) {
        RegionCode focus = Focus.resolve(wilayah, tenant);
        common(model, focus, "quality");
        int days = hari == null || hari < 1 ? STALE_DAYS : Math.min(hari, 3650);
        model.addAttribute("q", panels.quality(focus, LocalDate.now(clock), days));
        return "monitoring/quality";
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
