package id.pesona.access;

import id.pesona.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; the first start without any account goes to the one-time setup page instead. */
@Controller
class LoginController {

    private final Users users;

    LoginController(Users users) {
        this.users = users;
    }

    @GetMapping("/login")
    String login() {
        if (!users.anyUserExists()) {
            return "redirect:/setup";
        }
        return CurrentUser.get().isPresent() ? "redirect:/" : "access/login";
    }
}
