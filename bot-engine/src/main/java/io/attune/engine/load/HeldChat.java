package io.attune.engine.load;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A chat an agent holds or held: the peak upset of the whole conversation (bot part included: the agent
 * inherits it), the peak hostility while this agent held it, and when the agent's part ended.
 *
 * @param endedAt null while the agent still holds it
 */
public record HeldChat(String conversationId, double peakUpset, double hostilityWithAgent, Instant heldFrom,
                       Instant endedAt) {

    /**
     * What a chat weighs beyond its upset: a calm chat still takes attention, so five calm chats weigh more
     * than one furious one (5 x 0.3 against 0.3 + 1.0).
     */
    static final double BASE_WEIGHT = 0.3;

    public HeldChat {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(heldFrom, "heldFrom");
    }

    public boolean held() {
        return endedAt == null;
    }

    /** Full weight while held; after it ends the weight fades linearly to nothing over the rules' window. */
    public double weightAt(Instant now, LoadRules rules) {
        double full = BASE_WEIGHT + peakUpset;
        if (held()) {
            return full;
        }
        double age = Math.max(0, Duration.between(endedAt, now).toMillis());
        return full * Math.max(0, 1 - age / rules.window().toMillis());
    }

    /** Held now, or ended within the window. */
    public boolean recentAt(Instant now, LoadRules rules) {
        return held() || !endedAt.isBefore(now.minus(rules.window()));
    }

    public boolean heavy(LoadRules rules) {
        return rules.isHeavy(peakUpset);
    }
}
