package io.attune.engine.satisfaction;

import io.attune.engine.conversation.ClosedBy;
import io.attune.engine.emotion.Emotion;
import io.attune.engine.emotion.EmotionReading;
import java.time.Duration;
import java.util.List;

/**
 * What the engine knows of an ended conversation, as far as the predicted satisfaction reads it: the customer's
 * upset on their first, strongest and last turn, and the outcome (handed over, waited, failed by the bot, closed by
 * whom).
 *
 * @param firstUpset    the upset of the customer's first turn (0 to 1; 0 when they wrote nothing)
 * @param peakUpset     the strongest upset of any customer turn
 * @param lastUpset     the upset of the customer's last turn
 * @param customerTurns how many times the customer wrote
 * @param handedOver    whether the conversation was handed to a person
 * @param agentJoined   whether a person joined it
 * @param waited        from the handoff to the agent joining, or to the end when nobody joined; zero when not handed over
 * @param botFailures   the bot's failed answers, as the engine counted them
 * @param closedBy      who ended it; null while it is still open
 */
public record ConversationArc(double firstUpset, double peakUpset, double lastUpset, int customerTurns,
                              boolean handedOver, boolean agentJoined, Duration waited, int botFailures,
                              ClosedBy closedBy) {

    /** Upset below this is calm (the de-escalation rule's line). */
    public static final double CALM_BELOW = 0.4;

    public ConversationArc {
        waited = waited == null || waited.isNegative() ? Duration.ZERO : waited;
    }

    /**
     * @param customerUpsets the upset of each customer turn, oldest first
     */
    public static ConversationArc of(List<Double> customerUpsets, boolean handedOver, boolean agentJoined,
                                     Duration waited, int botFailures, ClosedBy closedBy) {
        double first = customerUpsets.isEmpty() ? 0 : customerUpsets.get(0);
        double last = customerUpsets.isEmpty() ? 0 : customerUpsets.get(customerUpsets.size() - 1);
        double peak = customerUpsets.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return new ConversationArc(first, peak, last, customerUpsets.size(), handedOver, agentJoined, waited,
                botFailures, closedBy);
    }

    /** The customer was upset at some point and calm at their last turn. */
    public boolean calmedDown() {
        return peakUpset >= CALM_BELOW && lastUpset < CALM_BELOW;
    }

    /** Handed over, and nobody joined before it ended. */
    public boolean leftWaiting() {
        return handedOver && !agentJoined;
    }
}
