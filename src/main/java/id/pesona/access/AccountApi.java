package id.pesona.access;

import id.pesona.shared.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is, with role and scope. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Akun", description = "Pengguna yang sedang masuk")
class AccountApi {

    record Me(String username, String fullName, String role, String scope) {}

    @GetMapping("/me")
    @Operation(summary = "Pengguna saat ini, dengan peran dan cakupan wilayah")
    Me me() {
        var p = CurrentUser.require();
        return new Me(p.username(), p.fullName(), p.role().name(), p.scope().toString());
    }
}
