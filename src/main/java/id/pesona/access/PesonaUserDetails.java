package id.pesona.access;

import id.pesona.shared.PesonaPrincipal;
import id.pesona.shared.RegionScope;
import id.pesona.shared.Role;
import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user: role, scope and the lock state read when they signed in. */
final class PesonaUserDetails implements UserDetails, CredentialsContainer, PesonaPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String username;
    private String passwordHash;
    private final String fullName;
    private final Role role;
    private final RegionScope scope;
    private final boolean enabled;
    private final boolean locked;

    PesonaUserDetails(
            long userId,
            String username,
            String passwordHash,
            String fullName,
            Role role,
            RegionScope scope,
            boolean enabled,
            boolean locked) {
        this.userId = userId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.role = role;
        this.scope = scope;
        this.enabled = enabled;
        this.locked = locked;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public long userId() {
        return userId;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String fullName() {
        return fullName;
    }

    @Override
    public Role role() {
        return role;
    }

    @Override
    public RegionScope scope() {
        return scope;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PesonaUserDetails other && other.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "PesonaUserDetails[" + username + ", " + role + ", " + scope + "]";
    }
}
