package io.attune.console.agent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The console's users (table {@code console_users}). Passwords go in hashed, never come out. */
@Repository
public class AgentAccounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    AgentAccounts(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    public Optional<AgentAccount> find(String username) {
        return jdbc.sql("select * from console_users where username = ?").param(username).query(this::map)
                .optional();
    }

    public List<AgentAccount> all() {
        return jdbc.sql("select * from console_users order by role, display_name").query(this::map).list();
    }

    /** @throws DuplicateUsernameException when the username is taken */
    @Transactional
    public AgentAccount create(String username, String rawPassword, String displayName, Role role) {
        if (find(username).isPresent()) {
            throw new DuplicateUsernameException(username);
        }
        AgentAccount account = new AgentAccount(username, encoder.encode(rawPassword), displayName, role, true,
                Instant.now());
        jdbc.sql("""
                insert into console_users (username, password_hash, display_name, role, enabled, created_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(account.username(), account.passwordHash(), account.displayName(), role.name(), true,
                        OffsetDateTime.ofInstant(account.createdAt(), ZoneOffset.UTC))
                .update();
        return account;
    }

    public boolean anyWithRole(Role role) {
        return jdbc.sql("select count(*) from console_users where role = ?").param(role.name())
                .query(Integer.class).single() > 0;
    }

    private AgentAccount map(ResultSet rs, int row) throws SQLException {
        return new AgentAccount(rs.getString("username"), rs.getString("password_hash"),
                rs.getString("display_name"), Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    /** The username is already used by another account. */
    public static class DuplicateUsernameException extends RuntimeException {
        DuplicateUsernameException(String username) {
            super("The username \"" + username + "\" is already taken.");
        }
    }
}
