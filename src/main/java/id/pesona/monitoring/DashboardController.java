package id.pesona.monitoring;

import id.pesona.contribution.Deadlines;
import id.pesona.shared.Formats;
import id.pesona.shared.RegionCode;
import id.pesona.shared.TenantProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The coverage dashboard: kabupaten → kecamatan → desa/kelurahan, with charts, a map and a table for each. */
@Controller
@RequestMapping("/monev")
class DashboardController {

    /** One region on the map with its coverage class (m0 no data, m1 below 25 % ... m5 quota reached). */
    record MapShape(RegionMap.Outline outline, Figures.Row row, String bucket, String label) {}

    private final CoverageFigures figures;
    private final RegionMap map;
    private final Deadlines deadlines;
    private final TenantProperties tenant;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;
    private final Formats fmt;

    DashboardController(
            CoverageFigures figures,
            RegionMap map,
            Deadlines deadlines,
            TenantProperties tenant,
            MessageSource messages,
            JsonMapper json,
            Clock clock,
            Formats fmt) {
        this.fmt = fmt;
        this.figures = figures;
        this.map = map;
        this.deadlines = deadlines;
        this.tenant = tenant;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping
    String dashboard(
            @RequestParam(required = false) String wilayah,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal,
            Model model) {
        RegionCode focus = Focus.resolve(wilayah, tenant);
        LocalDate date = tanggal == null ? LocalDate.now(clock) : tanggal;
        Figures f = figures.of(focus, date);
        model.addAttribute("f", f);
        model.addAttribute("tab", "coverage");
        model.addAttribute("deadline", deadlines.nextActive().orElse(null));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("shapes", shapes(focus, f));
        map.childrenOf(focus).ifPresent(d -> model.addAttribute("viewBox", d.viewBox()));
        model.addAttribute("charts", charts(f));
        return "monitoring/dashboard";
    }

    private List<MapShape> shapes(RegionCode focus, Figures f) {
        var drawing = map.childrenOf(focus);
        if (drawing.isEmpty()) {
            return List.of();
        }
        Map<RegionCode, Figures.Row> rows = new java.util.HashMap<>();
        f.children().forEach(r -> rows.put(r.code(), r));
        List<MapShape> out = new ArrayList<>();
        for (RegionMap.Outline o : drawing.get().outlines()) {
            Figures.Row r = rows.get(o.code());
            if (r != null) {
                out.add(new MapShape(
                        o,
                        r,
                        bucket(r.mapRatio()),
                        r.name() + ": " + (r.mapRatio() == null ? "–" : fmt.percent(r.mapRatio()))));
            }
        }
        return out;
    }

    /** Coverage class of a ratio in basis points: m0 unknown, m1 < 25 %, m2 < 50 %, m3 < 75 %, m4 < 100 %, m5 ≥ 100 %. */
    static String bucket(Long bp) {
        if (bp == null) {
            return "m0";
        }
        if (bp < 2500) {
            return "m1";
        }
        if (bp < 5000) {
            return "m2";
        }
        if (bp < 7500) {
            return "m3";
        }
        return bp < 10000 ? "m4" : "m5";
    }

    private Map<String, String> charts(Figures f) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        List<String> names = f.children().stream().map(Figures.Row::name).toList();
        List<Charts.Dataset> sets = new ArrayList<>();
        sets.add(new Charts.Dataset(text("monev.quota"), values(f.children(), Figures.Row::quota)));
        sets.add(new Charts.Dataset(text("monev.registered"), values(f.children(), Figures.Row::registered)));
        if (f.statusAvailable()) {
            sets.add(new Charts.Dataset(text("monev.aktif"), values(f.children(), r -> r.aktif())));
        }
        out.put("children", Charts.json(json, new Charts.Chart("bar", names, sets, true, false)));
        f.breakdowns()
                .forEach((name, b) -> out.put(
                        name,
                        Charts.json(
                                json,
                                new Charts.Chart(
                                        "bar",
                                        b.slices().stream()
                                                .map(s -> text(s.key()))
                                                .toList(),
                                        List.of(
                                                new Charts.Dataset(
                                                        text("monev.registered"),
                                                        b.slices().stream()
                                                                .map(Figures.Slice::registered)
                                                                .toList()),
                                                new Charts.Dataset(
                                                        text("monev.inProcess"),
                                                        b.slices().stream()
                                                                .map(Figures.Slice::inProcess)
                                                                .toList())),
                                        true,
                                        false))));
        out.put(
                "growth",
                Charts.json(
                        json,
                        new Charts.Chart(
                                "bar",
                                f.growth().stream()
                                        .map(y -> String.valueOf(y.year()))
                                        .toList(),
                                List.of(
                                        new Charts.Dataset(
                                                text("monev.growth.covered"),
                                                f.growth().stream()
                                                        .map(Figures.YearRow::coveredAtEnd)
                                                        .toList()),
                                        new Charts.Dataset(
                                                text("monev.growth.registrations"),
                                                f.growth().stream()
                                                        .map(Figures.YearRow::registrations)
                                                        .toList())),
                                false,
                                false)));
        return out;
    }

    private static List<Long> values(List<Figures.Row> rows, Function<Figures.Row, Long> v) {
        return rows.stream().map(r -> v.apply(r) == null ? 0L : v.apply(r)).toList();
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
