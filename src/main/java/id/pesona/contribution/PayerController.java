package id.pesona.contribution;

import id.pesona.shared.CurrentUser;
import id.pesona.shared.InvalidInputException;
import id.pesona.shared.RegionCode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Payer accounts: every desa and kelurahan, and the other funders the admin adds. */
@Controller
@RequestMapping("/iuran/pembayar")
class PayerController {

    private final Payers payers;

    PayerController(Payers payers) {
        this.payers = payers;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String fundingSource,
            @RequestParam(required = false) String q,
            Model model) {
        model.addAttribute("payers", payers.list(fundingSource, q));
        model.addAttribute("fundingSource", fundingSource);
        model.addAttribute("q", q);
        model.addAttribute("fundingSources", ContributionRules.FUNDING_SOURCES);
        return "contribution/payers";
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    String add(
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String fundingSource,
            @RequestParam(required = false) String region,
            Model model,
            RedirectAttributes redirect) {
        // a region outside the scope is refused before any field is checked (403, not a form with an error)
        RegionCode.tryParse(region).ifPresent(CurrentUser::requireInScope);
        try {
            payers.add(new Payers.NewPayer(code, name, fundingSource, region));
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            model.addAttribute(
                    "form",
                    java.util.Map.of(
                            "code", code == null ? "" : code,
                            "name", name == null ? "" : name,
                            "region", region == null ? "" : region));
            return list(null, null, model);
        }
        redirect.addFlashAttribute("success", "payer.created");
        return "redirect:/iuran/pembayar";
    }
}
