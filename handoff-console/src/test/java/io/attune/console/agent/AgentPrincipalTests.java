package io.attune.console.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;

class AgentPrincipalTests {

    /** Logins live in the database (Spring Session JDBC), serialized, and any instance reads them back. */
    @Test
    void aLoggedInAgentSurvivesBeingStoredInTheSessionTables() {
        AgentPrincipal dana = new AgentPrincipal(new AgentAccount("dana", "{bcrypt}hash", "Dana", Role.AGENT, true,
                Instant.parse("2026-11-23T10:00:00Z")));
        SecurityContextImpl login = new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(dana, null, dana.getAuthorities()));

        SecurityContextImpl read = (SecurityContextImpl) new DeserializingConverter()
                .convert(new SerializingConverter().convert(login));

        AgentPrincipal readBack = (AgentPrincipal) read.getAuthentication().getPrincipal();
        assertThat(readBack.getUsername()).isEqualTo("dana");
        assertThat(readBack.getDisplayName()).isEqualTo("Dana");
        assertThat(readBack.getRole()).isEqualTo(Role.AGENT);
        assertThat(read.getAuthentication().getAuthorities()).extracting(a -> a.getAuthority()).containsExactly("ROLE_AGENT");
    }
}
