package id.pesona.access;

import id.pesona.shared.CurrentUser;
import id.pesona.shared.Forms;
import id.pesona.shared.InvalidInputException;
import id.pesona.shared.Role;
import id.pesona.shared.TenantProperties;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
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

/** Admin: accounts and their scope. */
@Controller
@RequestMapping("/admin/pengguna")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

    private final Users users;
    private final Clock clock;
    private final TenantProperties tenant;

    UserAdminController(Users users, Clock clock, TenantProperties tenant) {
        this.users = users;
        this.clock = clock;
        this.tenant = tenant;
    }

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping
    String list(@RequestParam(required = false) Role role, @RequestParam(required = false) String q, Model model) {
        model.addAttribute("users", users.list(role, q));
        model.addAttribute("role", role);
        model.addAttribute("q", q);
        model.addAttribute("now", clock.instant());
        return "access/users";
    }

    @GetMapping("/baru")
    String newForm(Model model) {
        UserForm form = new UserForm();
        form.setScope(CurrentUser.scope().root().orElse(tenant.root()).dotted());
        model.addAttribute("form", form);
        return "access/user-new";
    }

    @PostMapping("/baru")
    String create(@ModelAttribute("form") UserForm form, BindingResult result, RedirectAttributes redirect) {
        try {
            UserAccount u = users.create(new Users.NewUser(
                    form.getUsername(), form.getFullName(), form.getRole(), form.getScope(), form.getPassword()));
            redirect.addFlashAttribute("success", "user.created");
            return "redirect:/admin/pengguna/" + u.id();
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
            return "access/user-new";
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        UserAccount u = users.get(id);
        model.addAttribute("user", u);
        model.addAttribute("form", UserForm.of(u));
        model.addAttribute("locked", u.lockedAt(clock.instant()));
        return "access/user-edit";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") UserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            users.update(
                    id, new Users.UserChange(form.getFullName(), form.getRole(), form.getScope(), form.isEnabled()));
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
            UserAccount u = users.get(id);
            model.addAttribute("user", u);
            model.addAttribute("locked", u.lockedAt(clock.instant()));
            return "access/user-edit";
        }
        redirect.addFlashAttribute("success", "user.saved");
        return "redirect:/admin/pengguna/" + id;
    }

    @PostMapping("/{id}/kata-sandi")
    String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
        try {
            users.resetPassword(id, password);
            redirect.addFlashAttribute("success", "user.passwordReset");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("passwordError", e.messageKey());
            redirect.addFlashAttribute("passwordErrorArgs", e.args());
        }
        return "redirect:/admin/pengguna/" + id;
    }

    @PostMapping("/{id}/buka-kunci")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        users.unlock(id);
        redirect.addFlashAttribute("success", "user.unlocked");
        return "redirect:/admin/pengguna/" + id;
    }
}
