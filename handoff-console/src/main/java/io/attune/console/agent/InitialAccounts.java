package io.attune.console.agent;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin from the settings when no admin exists, so a fresh install can be logged
 * into without any password in the code. A generated password is logged once, here, and never again.
 */
@Component
class InitialAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAccounts.class);
    private static final SecureRandom random = new SecureRandom();

    private final AgentAccounts accounts;
    private final AccountsProperties properties;

    InitialAccounts(AgentAccounts accounts, AccountsProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        createFirstAdmin();
        if (properties.demoAccounts()) {
            createDemoAccount("dana", "Dana", Role.AGENT);
            createDemoAccount("sam", "Sam", Role.AGENT);
        }
    }

    private void createFirstAdmin() {
        if (accounts.anyWithRole(Role.ADMIN)) {
            return;
        }
        AccountsProperties.InitialAdmin admin = properties.initialAdmin();
        boolean generated = admin.password() == null || admin.password().isBlank();
        String password = generated ? randomPassword() : admin.password();
        accounts.create(admin.username(), password, admin.displayName(), Role.ADMIN);
        if (generated) {
            log.warn("Created the first admin \"{}\" with the generated password: {}  (set "
                    + "attune.security.initial-admin.password / ATTUNE_ADMIN_PASSWORD to choose one)",
                    admin.username(), password);
        } else {
            log.info("Created the first admin \"{}\" from the settings", admin.username());
        }
    }

    private void createDemoAccount(String username, String displayName, Role role) {
        if (accounts.find(username).isPresent()) {
            return;
        }
        String password = randomPassword();
        accounts.create(username, password, displayName, role);
        log.warn("Demo account {} \"{}\" ({}) password: {}", role, username, displayName, password);
    }

    static String randomPassword() {
        byte[] bytes = new byte[15];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
