package io.attune.console.agent;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A logged-in console user: Spring Security's user plus the name customers see ("Dana"). It is serialized
 * into the HTTP session, which lives in the database for every instance to read, so its serial version is
 * declared rather than computed from the class's shape by each build.
 */
public class AgentPrincipal extends User {

    private static final long serialVersionUID = 1L;

    private final String displayName;
    private final Role role;

    AgentPrincipal(AgentAccount account) {
        super(account.username(), account.passwordHash(), account.enabled(), true, true, true,
                List.of(new SimpleGrantedAuthority(account.role().authority())));
        this.displayName = account.displayName();
        this.role = account.role();
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }
}
