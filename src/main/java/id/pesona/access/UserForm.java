package id.pesona.access;

import id.pesona.shared.Role;

/** The admin's form for an account. */
public class UserForm {

    private String username;
    private String fullName;
    private Role role;
    private String scope;
    private String password;
    private boolean enabled = true;

    static UserForm of(UserAccount u) {
        UserForm f = new UserForm();
        f.username = u.username();
        f.fullName = u.fullName();
        f.role = u.role();
        f.scope = u.scopeDotted();
        f.enabled = u.enabled();
        return f;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
