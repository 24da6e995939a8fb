package io.attune.app;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bot engine's settings ({@code attune.engine}).
 *
 * @param clarifyBelow      below this intent confidence the bot asks a clarifying question instead of guessing
 * @param inactivityTimeout an open conversation with no new turn for this long is closed
 * @param inactivityCheck   how often idle conversations are looked for
 */
@ConfigurationProperties("attune.engine")
public record EngineProperties(@DefaultValue("0.60") double clarifyBelow,
                               @DefaultValue("30m") Duration inactivityTimeout,
                               @DefaultValue("1m") Duration inactivityCheck) {
}
