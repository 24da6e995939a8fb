package io.attune.widget;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the customer widget and its messaging ({@code attune.widget.*}).
 *
 * @param allowedOrigins       host pages that may embed the widget (frame-ancestors, session and /ws Origin checks)
 * @param tokenSecret          HMAC secret of customer tokens, at least 32 bytes. Blank: a secret generated once
 *                             and kept in the database (table widget_token_secret), so tokens survive restarts
 *                             and work on every instance sharing that database
 * @param previousTokenSecrets secrets still accepted (never used to sign) after a rotation: keep the old one
 *                             here for one {@code tokenTtl}, then remove it
 * @param tokenTtl             how long a customer token stays valid (renewed on each session start)
 * @param minutesPerPlaceInLine the wait estimate per conversation ahead in the agents' queue
 */
@ConfigurationProperties("attune.widget")
public record WidgetProperties(
        @DefaultValue({"http://localhost:8080", "http://127.0.0.1:8080"}) List<String> allowedOrigins,
        String tokenSecret,
        @DefaultValue List<String> previousTokenSecrets,
        @DefaultValue("24h") Duration tokenTtl,
        @DefaultValue("3") int minutesPerPlaceInLine) {

    public WidgetProperties {
        allowedOrigins = List.copyOf(allowedOrigins);
        previousTokenSecrets = previousTokenSecrets == null ? List.of()
                : previousTokenSecrets.stream().filter(secret -> secret != null && !secret.isBlank()).toList();
    }

    public boolean allows(String origin) {
        return origin != null && allowedOrigins.contains(origin);
    }
}
