package io.attune.widget.token;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The token secret kept in the database when none is configured: the first start generates it, every
 * later start and every other instance on the same database reads it.
 */
final class GeneratedTokenSecret {

    private final JdbcClient jdbc;
    private final Clock clock;

    GeneratedTokenSecret(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String get() {
        return stored().orElseGet(() -> {
            try {
                jdbc.sql("INSERT INTO widget_token_secret (id, secret, created_at) VALUES (1, ?, ?)")
                        .params(random(), OffsetDateTime.now(clock)).update();
            } catch (DuplicateKeyException anotherInstanceWasFirst) {
                // it stored its own secret a moment ago: read that one
            }
            return stored().orElseThrow();
        });
    }

    private Optional<String> stored() {
        return jdbc.sql("SELECT secret FROM widget_token_secret WHERE id = 1").query(String.class).optional();
    }

    private static String random() {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
