package id.pesona.access;

import id.pesona.shared.InvalidInputException;
import id.pesona.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** One-time page that creates the first admin; gone as soon as any account exists. */
@Controller
class SetupController {

    private final FirstAccount first;

    SetupController(FirstAccount first) {
        this.first = first;
    }

    @GetMapping("/setup")
    String form() {
        if (!first.setupOpen()) {
            throw new NotFoundException("setup");
        }
        first.issueCodeIfMissing();
        return "access/setup";
    }

    @PostMapping("/setup")
    String create(
            @RequestParam(required = false) String setupCode,
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String fullName,
            @RequestParam(required = false) String password,
            @RequestParam(required = false) String confirmPassword,
            Model model) {
        if (!first.setupOpen()) {
            throw new NotFoundException("setup");
        }
        model.addAttribute("username", username);
        model.addAttribute("fullName", fullName);
        if (!first.codeMatches(setupCode)) {
            model.addAttribute("error", "setup.error.code");
            return "access/setup";
        }
        if (password == null || !password.equals(confirmPassword)) {
            model.addAttribute("error", "account.error.confirm");
            return "access/setup";
        }
        try {
            first.createAdmin(username, fullName, password);
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return "access/setup";
        }
        return "redirect:/login?setup";
    }
}
