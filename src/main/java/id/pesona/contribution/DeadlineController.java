package id.pesona.contribution;

import id.pesona.shared.CurrentUser;
import id.pesona.shared.InvalidInputException;
import id.pesona.shared.RegionCode;
import id.pesona.shared.TenantProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Deadlines: the list, one deadline's countdown with the payers it binds, and the admin's declaration. */
@Controller
@RequestMapping("/iuran/tenggat")
class DeadlineController {

    private final Deadlines deadlines;
    private final Clock clock;
    private final TenantProperties tenant;

    private final PayerAccounts accounts;

    /** The declaration form as typed, shown again with the error when it is refused. */
    record Form(String title, String dueDate, String region, String fundingSource, String legalBasis) {}

    DeadlineController(Deadlines deadlines, PayerAccounts accounts, Clock clock, TenantProperties tenant) {
        this.deadlines = deadlines;
        this.accounts = accounts;
        this.clock = clock;
        this.tenant = tenant;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("deadlines", deadlines.list());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("fundingSources", ContributionRules.FUNDING_SOURCES);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new Form("", "", tenant.root().dotted(), "", ""));
        }
        return "contribution/deadlines";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("deadline", deadlines.get(id));
        var payers = deadlines.payers(id);
        var bound = payers.stream().map(Payer::id).collect(java.util.stream.Collectors.toSet());
        var inArrears = accounts.arrears(tenant.root(), LocalDate.now(clock)).stream()
                .filter(a -> bound.contains(a.payer().id()) && a.outstanding() > 0)
                .toList();
        model.addAttribute("payers", payers);
        model.addAttribute("inArrears", inArrears);
        model.addAttribute(
                "arrearsTotal",
                inArrears.stream().mapToLong(Coverage.PayerArrears::outstanding).sum());
        model.addAttribute("today", LocalDate.now(clock));
        return "contribution/deadline";
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    String declare(
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String dueDate,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String fundingSource,
            @RequestParam(required = false) String legalBasis,
            Model model,
            RedirectAttributes redirect) {
        // a region outside the scope is refused before any field is checked (403, not a form with an error)
        RegionCode.tryParse(region).ifPresent(CurrentUser::requireInScope);
        try {
            LocalDate due;
            try {
                due = dueDate == null || dueDate.isBlank() ? null : LocalDate.parse(dueDate);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("dueDate", "deadline.error.dueDate");
            }
            Deadline d = deadlines.declare(new Deadlines.NewDeadline(title, due, region, fundingSource, legalBasis));
            redirect.addFlashAttribute("success", "deadline.created");
            return "redirect:/iuran/tenggat/" + d.id();
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            model.addAttribute("form", new Form(title, dueDate, region, fundingSource, legalBasis));
            return list(model);
        }
    }
}
