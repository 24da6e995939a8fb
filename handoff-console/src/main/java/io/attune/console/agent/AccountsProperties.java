package io.attune.console.agent;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Start-up accounts.
 *
 * @param initialAdmin the first admin, created only while no admin exists
 * @param demoAccounts seed a demo agent and admin with generated passwords printed at start-up; off by default
 */
@ConfigurationProperties("attune.security")
record AccountsProperties(@DefaultValue InitialAdmin initialAdmin, boolean demoAccounts) {

    /**
     * @param password blank = generate a random one and log it once
     */
    record InitialAdmin(@DefaultValue("admin") String username, String password,
                        @DefaultValue("Administrator") String displayName) {
    }
}
