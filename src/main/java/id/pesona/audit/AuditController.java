package id.pesona.audit;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Admin page: the audit trail, filtered by actor, action, record and period. */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

    private static final int PAGE = 50;

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) AuditAction action,
            @RequestParam(required = false) String entityType,
            @RequestParam(required = false) String entityId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long before,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        AuditQuery q = new AuditQuery(actor, action, entityType, entityId, from, to, before, PAGE + 1);
        List<AuditEvent> rows = trail.find(q);
        boolean more = rows.size() > PAGE;
        List<AuditEvent> page = more ? rows.subList(0, PAGE) : rows;
        model.addAttribute("q", q);
        model.addAttribute("events", page);
        model.addAttribute("nextBefore", more ? page.get(page.size() - 1).id() : null);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("entityTypes", trail.entityTypes());
        return htmx != null ? "audit/list :: rows" : "audit/list";
    }
}
