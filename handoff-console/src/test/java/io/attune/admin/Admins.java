package io.attune.admin;

import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.attune.console.agent.AgentPrincipal;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A logged-in admin for slice tests. The shared page header shows the principal's display name, which
 * only the console's {@link AgentPrincipal} has; its accounts live in the database a slice test lacks.
 */
public final class Admins {

    private Admins() {
    }

    public static RequestPostProcessor ada() {
        AgentPrincipal ada = mock(AgentPrincipal.class);
        doReturn("ada").when(ada).getUsername();
        doReturn("Ada Admin").when(ada).getDisplayName();
        doReturn(true).when(ada).isEnabled();
        doReturn(List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))).when(ada).getAuthorities();
        return user(ada);
    }
}
