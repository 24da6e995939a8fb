package io.attune.app;

import io.attune.engine.handoff.HandoffThresholds;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The handoff thresholds that apply until an admin changes them ({@code attune.handoff} in
 * application.yml). Bound straight into the engine's validated record, so a bad value stops start-up
 * with the same message an admin would see.
 */
@ConfigurationProperties("attune")
public record HandoffDefaults(HandoffThresholds handoff) {

    public HandoffThresholds thresholds() {
        return handoff == null ? HandoffThresholds.defaults() : handoff;
    }
}
