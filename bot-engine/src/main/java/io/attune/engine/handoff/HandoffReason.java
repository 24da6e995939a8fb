package io.attune.engine.handoff;

/**
 * Why the policy decided as it did, in words an agent or admin reads, e.g.
 * "anger 0.82 >= 0.70 on 2 consecutive turns".
 */
public record HandoffReason(Kind kind, String text) {

    public enum Kind {
        EMOTION, NEGATIVE_SENTIMENT, FALLING_TREND, BOT_FAILURES, ASKED_FOR_PERSON, THREAT_TO_LEAVE, FORMAL_COMPLAINT,
        /** Anger and frustration added up over several turns ({@link FrustrationBuildUp}). */
        BUILDING_FRUSTRATION
    }
}
