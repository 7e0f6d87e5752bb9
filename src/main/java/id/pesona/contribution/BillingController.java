package id.pesona.contribution;

import id.pesona.shared.InvalidInputException;
import id.pesona.shared.Limits;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Monthly bills: each payer's bill of a month, and the admin's billing run. */
@Controller
@RequestMapping("/iuran/tagihan")
class BillingController {

    private final BillingRun billing;
    private final Clock clock;

    BillingController(BillingRun billing, Clock clock) {
        this.billing = billing;
        this.clock = clock;
    }

    @GetMapping
    String bills(@RequestParam(required = false) String bulan, Model model) {
        YearMonth month = YearMonth.now(clock);
        if (bulan != null && !bulan.isBlank()) {
            try {
                month = Limits.month("month", YearMonth.parse(bulan), clock);
            } catch (DateTimeParseException e) {
                model.addAttribute("monthError", new InvalidInputException("month", "tariff.error.month", bulan));
            } catch (InvalidInputException e) {
                model.addAttribute("monthError", e);
            }
        }
        var rows = billing.bills(month);
        BillingRun.Schedule schedule = billing.schedule();
        model.addAttribute("schedule", schedule);
        if (!model.containsAttribute("runMonth")) {
            model.addAttribute("runMonth", schedule.nextHasCome() ? schedule.next() : schedule.current());
        }
        model.addAttribute("month", month);
        model.addAttribute("rows", rows);
        model.addAttribute(
                "total", rows.stream().mapToLong(BillingRun.BillSummary::total).sum());
        return "contribution/bills";
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    String run(@RequestParam(required = false) String bulan, RedirectAttributes redirect) {
        YearMonth month;
        try {
            month = bulan == null || bulan.isBlank() ? null : YearMonth.parse(bulan);
        } catch (DateTimeParseException e) {
            month = null;
        }
        try {
            BillingRun.Result r = billing.run(month);
            redirect.addFlashAttribute("success", "billing.done");
            redirect.addFlashAttribute("result", r);
            return "redirect:/iuran/tagihan?bulan=" + r.month();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("runError", e.messageKey());
            redirect.addFlashAttribute("runErrorArgs", e.args());
            redirect.addFlashAttribute("runMonth", bulan);
            return "redirect:/iuran/tagihan";
        }
    }
}
