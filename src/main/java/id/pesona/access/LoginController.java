package id.pesona.access;

import id.pesona.shared.CurrentUser;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; the first start without any account goes to the one-time setup page instead. */
@Controller
class LoginController {

    private final Users users;
    private final boolean demo;

    LoginController(Users users, Environment environment) {
        this.users = users;
        this.demo = environment.matchesProfiles("demo");
    }

    @GetMapping("/login")
    String login(Model model) {
        if (demo) {
            model.addAttribute("demoAccounts", DemoAccounts.ACCOUNTS);
            model.addAttribute("demoPassword", DemoAccounts.PASSWORD);
        }
        if (!users.anyUserExists()) {
            return "redirect:/setup";
        }
        return CurrentUser.get().isPresent() ? "redirect:/" : "access/login";
    }
}
