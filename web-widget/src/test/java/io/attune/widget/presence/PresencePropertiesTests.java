package io.attune.widget.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The presence settings as the application binds them: sensible defaults, and no timeout a heartbeat could miss. */
class PresencePropertiesTests {

    @Test
    void aWaitingCustomerIsGivenThreeMinutesByDefault() {
        PresenceProperties properties = bind(Map.of());

        assertThat(properties.timeout()).isEqualTo(Duration.ofMinutes(3));
        assertThat(properties.heartbeat()).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.batch()).isEqualTo(200);
    }

    @Test
    void aTimeoutShorterThanTwoHeartbeatsIsRefusedWithTheKeysToChange() {
        assertThatThrownBy(() -> bind(Map.of("attune.widget.presence.timeout", "40s")))
                .rootCause().hasMessageContaining("attune.widget.presence.timeout (PT40S) must be at least twice the heartbeat (PT30S)");
    }

    private static PresenceProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("attune.widget.presence", PresenceProperties.class);
    }
}
