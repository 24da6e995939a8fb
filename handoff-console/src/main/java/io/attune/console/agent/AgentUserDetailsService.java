package io.attune.console.agent;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Form login reads console users from the database. */
@Service
class AgentUserDetailsService implements UserDetailsService {

    private final AgentAccounts accounts;

    AgentUserDetailsService(AgentAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.find(username).map(AgentPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such console user"));
    }
}
