package io.attune.console.coaching;

import io.attune.engine.coaching.CoachingRules;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The pause before sending ({@code attune.coaching}). The defaults were chosen on the team's tune replies
 * (docs/quality-agent-replies.md).
 *
 * @param upsetAt        the customer counts as upset when anger, frustration, anxiety or sadness is read this high
 * @param negativeAt     ... or when their last turn's sentiment is at most this
 * @param maxDraftLength longer drafts are refused (the reply box takes 2,000 characters)
 */
@ConfigurationProperties("attune.coaching")
public record CoachingProperties(@DefaultValue("0.25") double upsetAt,
                                 @DefaultValue("-0.30") double negativeAt,
                                 @DefaultValue("2000") int maxDraftLength) {

    public CoachingProperties {
        new CoachingRules(upsetAt, negativeAt); // checks the ranges at start-up
        if (maxDraftLength < 1) {
            throw new IllegalArgumentException("attune.coaching.max-draft-length must be positive: " + maxDraftLength);
        }
    }

    CoachingRules rules() {
        return new CoachingRules(upsetAt, negativeAt);
    }
}
