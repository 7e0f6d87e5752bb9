package id.pesona.contribution;

import id.pesona.shared.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Aturan iuran": tariffs and settings in force with their legal basis; the admin adds rows from a date. */
@Controller
@RequestMapping("/iuran/aturan")
class ContributionRulesController {

    private final ContributionRules rules;
    private final Clock clock;

    ContributionRulesController(ContributionRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    @GetMapping
    String show(Model model) {
        YearMonth month = YearMonth.now(clock);
        Tariffs tariffs = rules.tariffs();
        model.addAttribute("tariffs", tariffs.rules());
        model.addAttribute("bands", tariffs.bands().rows());
        model.addAttribute("settings", rules.settings());
        model.addAttribute("dueRules", rules.dueRules());
        model.addAttribute("setting", rules.settingOn(LocalDate.now(clock)));
        model.addAttribute("month", month);
        // the usual package this month (JKK + JKM on the lowest income bracket), per funding source
        Map<String, Long> example = new LinkedHashMap<>();
        for (String source : ContributionRules.FUNDING_SOURCES) {
            example.put(source, tariffs.total(List.of("JKK", "JKM"), "BPU", month, source, 1_000_000));
        }
        model.addAttribute("example", example);
        model.addAttribute("programmes", ContributionRules.PROGRAMMES);
        model.addAttribute("segments", ContributionRules.SEGMENTS);
        model.addAttribute("fundingSources", ContributionRules.FUNDING_SOURCES);
        return "contribution/rules";
    }

    @PostMapping("/tarif")
    @PreAuthorize("hasRole('ADMIN')")
    String addTariff(
            @RequestParam(required = false) String programme,
            @RequestParam(required = false) String segment,
            @RequestParam(required = false) String validFrom,
            @RequestParam(required = false) String validUntil,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String value,
            @RequestParam(required = false) Set<String> fundingSources,
            @RequestParam(required = false) String legalBasis,
            Model model,
            RedirectAttributes redirect) {
        try {
            rules.addTariff(new ContributionRules.NewTariff(
                    programme,
                    segment,
                    month("validFrom", validFrom, true),
                    month("validUntil", validUntil, false),
                    kind,
                    value,
                    fundingSources,
                    legalBasis));
        } catch (InvalidInputException e) {
            model.addAttribute("tariffError", e);
            model.addAttribute(
                    "tariffForm",
                    Map.of(
                            "programme", String.valueOf(programme),
                            "segment", String.valueOf(segment),
                            "validFrom", String.valueOf(validFrom),
                            "validUntil", validUntil == null ? "" : validUntil,
                            "kind", String.valueOf(kind),
                            "value", value == null ? "" : value,
                            "legalBasis", legalBasis == null ? "" : legalBasis));
            return show(model);
        }
        redirect.addFlashAttribute("success", "tariff.created");
        return "redirect:/iuran/aturan";
    }

    @PostMapping("/pengaturan")
    @PreAuthorize("hasRole('ADMIN')")
    String addSetting(
            @RequestParam(required = false) String validFrom,
            @RequestParam(required = false) Integer graceMonths,
            @RequestParam(required = false) Integer dueDay,
            @RequestParam(required = false) String legalBasis,
            Model model,
            RedirectAttributes redirect) {
        try {
            LocalDate from;
            try {
                from = validFrom == null || validFrom.isBlank() ? null : LocalDate.parse(validFrom);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("validFrom", "setting.error.validFrom");
            }
            rules.addSetting(new ContributionRules.NewSetting(from, graceMonths, dueDay, legalBasis));
        } catch (InvalidInputException e) {
            model.addAttribute("settingError", e);
            return show(model);
        }
        redirect.addFlashAttribute("success", "setting.created");
        return "redirect:/iuran/aturan";
    }

    private static YearMonth month(String field, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new InvalidInputException(field, "tariff.error.validFrom");
            }
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "tariff.error.month", text);
        }
    }
}
