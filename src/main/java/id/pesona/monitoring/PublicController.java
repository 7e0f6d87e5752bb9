package id.pesona.monitoring;

import id.pesona.shared.Formats;
import id.pesona.shared.TenantProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public page, without login: coverage of the regency and of each kecamatan, aggregate counts only (no name, no
 * identifier, nothing below the kecamatan).
 */
@Controller
class PublicController {

    private final CoverageFigures figures;
    private final RegionMap map;
    private final TenantProperties tenant;
    private final Formats fmt;
    private final Clock clock;

    PublicController(CoverageFigures figures, RegionMap map, TenantProperties tenant, Formats fmt, Clock clock) {
        this.figures = figures;
        this.map = map;
        this.tenant = tenant;
        this.fmt = fmt;
        this.clock = clock;
    }

    @GetMapping("/publik")
    String show(Model model) {
        LocalDate today = LocalDate.now(clock);
        Figures f = figures.of(tenant.root(), today);
        model.addAttribute("f", f);
        List<DashboardController.MapShape> shapes = new ArrayList<>();
        map.childrenOf(tenant.root()).ifPresent(d -> {
            model.addAttribute("viewBox", d.viewBox());
            Map<id.pesona.shared.RegionCode, Figures.Row> rows = new HashMap<>();
            f.children().forEach(r -> rows.put(r.code(), r));
            for (RegionMap.Outline o : d.outlines()) {
                Figures.Row r = rows.get(o.code());
                if (r != null) {
                    shapes.add(new DashboardController.MapShape(
                            o,
                            r,
                            DashboardController.bucket(r.mapRatio()),
                            r.name() + ": " + (r.mapRatio() == null ? "–" : fmt.percent(r.mapRatio()))));
                }
            }
        });
        model.addAttribute("shapes", shapes);
        return "monitoring/public";
    }
}
