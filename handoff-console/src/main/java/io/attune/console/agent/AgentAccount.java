package io.attune.console.agent;

import java.time.Instant;

/** A console user as stored; the password only as its hash. */
public record AgentAccount(String username, String passwordHash, String displayName, Role role, boolean enabled,
                           Instant createdAt) {
}
