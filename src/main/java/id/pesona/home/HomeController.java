package id.pesona.home;

import id.pesona.access.Users;
import id.pesona.audit.AuditQuery;
import id.pesona.audit.AuditTrail;
import id.pesona.contribution.Deadlines;
import id.pesona.region.Regions;
import id.pesona.shared.CurrentUser;
import id.pesona.shared.RegionCode;
import id.pesona.shared.RegionScope;
import id.pesona.shared.Role;
import id.pesona.shared.TenantProperties;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** One home page per role: the admin's overview, leadership's regency table, the camat's and the village's own. */
@Controller
class HomeController {

    private final Regions regions;
    private final Users users;
    private final AuditTrail audit;
    private final TenantProperties tenant;
    private final Deadlines deadlines;
    private final id.pesona.contribution.Coverage coverage;
    private final Clock clock;

    HomeController(
            Regions regions,
            Users users,
            AuditTrail audit,
            TenantProperties tenant,
            Deadlines deadlines,
            id.pesona.contribution.Coverage coverage,
            Clock clock) {
        this.coverage = coverage;
        this.regions = regions;
        this.users = users;
        this.audit = audit;
        this.tenant = tenant;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        var me = CurrentUser.require();
        RegionScope scope = me.scope();
        RegionCode root = tenant.root();
        // the region this user looks after: their own, or the regency for regency-wide and national roles
        RegionCode focus = scope.root().filter(root::contains).orElse(root);
        model.addAttribute("focus", regions.get(focus));
        model.addAttribute("lineage", regions.lineage(focus));
        model.addAttribute("counts", regions.countByLevel(focus, scope));
        model.addAttribute("children", regions.children(focus, scope));
        model.addAttribute("deadline", deadlines.nextActive().orElse(null));
        model.addAttribute("today", LocalDate.now(clock));
        // cover and arrears today, for the region this user looks after
        var villages = coverage.statusByVillage(focus, LocalDate.now(clock));
        model.addAttribute("cover", new long[] {
            villages.stream().mapToLong(v -> v.aktif()).sum(),
            villages.stream().mapToLong(v -> v.belumDibayar()).sum(),
            villages.stream().mapToLong(v -> v.menunggak()).sum(),
            villages.stream().mapToLong(v -> v.nonaktif()).sum()
        });
        // arrears are what is unpaid past its due date; a month billed and not due yet is not counted
        var payers = coverage.arrears(focus, LocalDate.now(clock));
        var arrears = payers.stream().filter(a -> a.overdue() > 0).toList();
        model.addAttribute("arrearsPayers", arrears.size());
        model.addAttribute(
                "arrearsTotal", arrears.stream().mapToLong(a -> a.overdue()).sum());
        model.addAttribute(
                "ownPayer",
                focus.isVillage() && !payers.isEmpty() ? payers.get(0).payer() : null);
        if (me.role() == Role.ADMIN) {
            model.addAttribute("usersByRole", users.countByRole());
            model.addAttribute("recent", audit.find(new AuditQuery(null, null, null, null, null, null, null, 8)));
        }
        return "home/index";
    }
}
