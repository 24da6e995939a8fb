package io.attune.admin.satisfaction;

import io.attune.engine.emotion.Emotion;
import io.attune.engine.emotion.EmotionReading;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Whether a handed-over customer calmed down once a person joined: a pure rule over the conversation's customer
 * turns from the handoff on.
 *
 * <p>The rule, in plain words: the customer's <em>upset</em> is the strongest of anger, frustration and anxiety
 * (distress) as the engine read it, 0 to 1. A conversation counts when the customer was upset at the handoff turn
 * (upset at least {@value #CALM_BELOW}) and wrote at least once after the agent joined. It is <em>de-escalated</em>
 * when, after the agent joined, the customer's upset fell below {@value #CALM_BELOW} and stayed there to their last
 * turn. Its <em>time to calm</em> is from the agent joining to the first turn of that calm stretch.
 */
public final class Deescalation {

    /** Upset below this is calm. */
    public static final double CALM_BELOW = 0.4;

    private Deescalation() {
    }

    /** One customer turn, as far as the rule needs it. */
    public record CustomerTurn(long seq, Instant at, double upset) {
        public CustomerTurn {
            Objects.requireNonNull(at, "at");
        }
    }

    /** How the arc after the handoff ended. */
    public enum Outcome {
        /** the customer was calm at the handoff: nothing to de-escalate */
        NOT_UPSET_AT_HANDOFF,
        /** no agent joined, or the customer wrote nothing after they did */
        NO_REPLY_AFTER_AGENT,
        DE_ESCALATED,
        STILL_UPSET;

        /** Whether this conversation counts in the share de-escalated. */
        public boolean counts() {
            return this == DE_ESCALATED || this == STILL_UPSET;
        }
    }

    /**
     * @param upsetAtHandoff the upset of the turn that triggered the handoff (0 when it carried no reading)
     * @param upsetAfter     the highest upset the customer showed after the agent joined, or null
     * @param timeToCalm     from the agent joining to the calm stretch, for {@link Outcome#DE_ESCALATED} only
     */
    public record Arc(Outcome outcome, double upsetAtHandoff, Double upsetAfter, Duration timeToCalm) {
    }

    /**
     * @param handoffSeq the customer turn that triggered the handoff
     * @param joinedAt   when the agent joined; null when nobody did
     * @param turns      the conversation's customer turns (any order; those before the handoff are ignored)
     */
    public static Arc judge(long handoffSeq, Instant joinedAt, List<CustomerTurn> turns) {
        List<CustomerTurn> sorted = turns.stream().sorted(java.util.Comparator.comparingLong(CustomerTurn::seq)).toList();
        double atHandoff = sorted.stream().filter(t -> t.seq() == handoffSeq).mapToDouble(CustomerTurn::upset)
                .findFirst().orElse(0);
        List<CustomerTurn> after = joinedAt == null ? List.of()
                : sorted.stream().filter(t -> t.seq() > handoffSeq && !t.at().isBefore(joinedAt)).toList();
        Double peakAfter = after.isEmpty() ? null : after.stream().mapToDouble(CustomerTurn::upset).max().orElse(0);
        if (atHandoff < CALM_BELOW) {
            return new Arc(Outcome.NOT_UPSET_AT_HANDOFF, atHandoff, peakAfter, null);
        }
        if (after.isEmpty()) {
            return new Arc(Outcome.NO_REPLY_AFTER_AGENT, atHandoff, null, null);
        }
        int calmFrom = after.size();
        while (calmFrom > 0 && after.get(calmFrom - 1).upset() < CALM_BELOW) {
            calmFrom--;
        }
        if (calmFrom == after.size()) {
            return new Arc(Outcome.STILL_UPSET, atHandoff, peakAfter, null);
        }
        return new Arc(Outcome.DE_ESCALATED, atHandoff, peakAfter, Duration.between(joinedAt, after.get(calmFrom).at()));
    }
}
