package io.attune.console;

import io.attune.console.agent.AgentAccounts;
import io.attune.console.agent.AgentPrincipal;
import io.attune.console.agent.Role;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Console accounts for tests, created once per shared database and loaded as login would load them. */
public final class Agents {

    public static final String PASSWORD = "a-long-test-password";

    private Agents() {
    }

    public static AgentPrincipal agent(AgentAccounts accounts, UserDetailsService users, String username,
                                       String displayName) {
        return account(accounts, users, username, displayName, Role.AGENT);
    }

    public static AgentPrincipal account(AgentAccounts accounts, UserDetailsService users, String username,
                                         String displayName, Role role) {
        if (accounts.find(username).isEmpty()) {
            accounts.create(username, PASSWORD, displayName, role);
        }
        return (AgentPrincipal) users.loadUserByUsername(username);
    }
}
