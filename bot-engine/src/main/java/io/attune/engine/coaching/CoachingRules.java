package io.attune.engine.coaching;

/**
 * When a customer counts as upset for the draft review. Chosen on {@code eval/agent-replies/tune.tsv}
 * only (see docs/quality-agent-replies.md).
 *
 * @param upsetAt     the customer is upset when anger, frustration, anxiety or sadness is read at least this high
 * @param negativeAt  ... or when the turn's sentiment is at most this (in [-1, 1])
 */
public record CoachingRules(double upsetAt, double negativeAt) {

    public static final double DEFAULT_UPSET_AT = 0.25;
    public static final double DEFAULT_NEGATIVE_AT = -0.3;

    public CoachingRules {
        if (!(upsetAt > 0.0 && upsetAt <= 1.0)) {
            throw new IllegalArgumentException("upsetAt must be in (0, 1]: " + upsetAt);
        }
        if (!(negativeAt >= -1.0 && negativeAt <= 0.0)) {
            throw new IllegalArgumentException("negativeAt must be in [-1, 0]: " + negativeAt);
        }
    }

    public static CoachingRules defaults() {
        return new CoachingRules(DEFAULT_UPSET_AT, DEFAULT_NEGATIVE_AT);
    }
}
