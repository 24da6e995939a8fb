package io.attune.widget.presence;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether a waiting customer is still there ({@code attune.widget.presence.*}).
 *
 * @param timeout   a conversation waiting for a person whose customer has had no live connection this long is
 *                  set aside: out of the agents' queue and the wait estimate, until the customer connects again
 * @param heartbeat how often each instance records that the connections it holds are still open (well under
 *                  {@code timeout}: an instance that dies stops, and its customers age out)
 * @param sweep     how often each instance looks for waiting conversations nobody is connected to
 * @param batch     the most conversations one sweep sets aside (the rest wait for the next sweep)
 */
@ConfigurationProperties("attune.widget.presence")
public record PresenceProperties(
        @DefaultValue("3m") Duration timeout,
        @DefaultValue("30s") Duration heartbeat,
        @DefaultValue("30s") Duration sweep,
        @DefaultValue("200") int batch) {

    public PresenceProperties {
        if (timeout.compareTo(heartbeat.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("attune.widget.presence.timeout (" + timeout
                    + ") must be at least twice the heartbeat (" + heartbeat + ")");
        }
        if (batch < 1) {
            throw new IllegalArgumentException("attune.widget.presence.batch must be at least 1");
        }
    }
}
