package id.pesona.access;

import id.pesona.region.Regions;
import id.pesona.shared.CurrentUser;
import id.pesona.shared.Forms;
import id.pesona.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Akun saya": profile, password change and personal API tokens. */
@Controller
@RequestMapping("/akun")
class AccountController {

    static final class PasswordForm {
        private String currentPassword;
        private String newPassword;
        private String confirmPassword;

        public String getCurrentPassword() {
            return currentPassword;
        }

        public void setCurrentPassword(String v) {
            currentPassword = v;
        }

        public String getNewPassword() {
            return newPassword;
        }

        public void setNewPassword(String v) {
            newPassword = v;
        }

        public String getConfirmPassword() {
            return confirmPassword;
        }

        public void setConfirmPassword(String v) {
            confirmPassword = v;
        }
    }

    private final Users users;
    private final ApiTokens tokens;
    private final Regions regions;

    AccountController(Users users, ApiTokens tokens, Regions regions) {
        this.users = users;
        this.tokens = tokens;
        this.regions = regions;
    }

    @ModelAttribute("scopeName")
    String scopeName() {
        return CurrentUser.scope()
                .root()
                .flatMap(regions::find)
                .map(r -> r.name())
                .orElse("Indonesia");
    }

    @GetMapping
    String show(Model model) {
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm());
        }
        model.addAttribute("tokens", tokens.mine());
        return "access/account";
    }

    @PostMapping("/kata-sandi")
    String changePassword(
            @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            users.changeOwnPassword(form.getCurrentPassword(), form.getNewPassword(), form.getConfirmPassword());
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
            model.addAttribute("tokens", tokens.mine());
            return "access/account";
        }
        redirect.addFlashAttribute("success", "account.password.changed");
        return "redirect:/akun";
    }

    @PostMapping("/token")
    String createToken(@RequestParam(required = false) String name, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("newToken", tokens.create(name));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("tokenError", e.messageKey());
        }
        return "redirect:/akun";
    }

    @PostMapping("/token/{id}/cabut")
    String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(id);
        redirect.addFlashAttribute("success", "token.revoked");
        return "redirect:/akun";
    }
}
