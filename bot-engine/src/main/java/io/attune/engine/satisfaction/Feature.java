package io.attune.engine.satisfaction;

import io.attune.engine.conversation.ClosedBy;
import java.util.function.ToDoubleFunction;

/**
 * The model's inputs, each on a 0 to 1 scale so that the weights compare, with the words the admin reads when a
 * feature moved a prediction.
 */
public enum Feature {
    FIRST_UPSET("upset at the start", ConversationArc::firstUpset),
    PEAK_UPSET("strongest upset", ConversationArc::peakUpset),
    LAST_UPSET("upset at the end", ConversationArc::lastUpset),
    CALMED_DOWN("calmed down by the end", a -> flag(a.calmedDown())),
    HANDED_OVER("handed to a person", a -> flag(a.handedOver())),
    LEFT_WAITING("nobody joined after the handoff", a -> flag(a.leftWaiting())),
    /** Minutes waited, capped at 30. */
    WAIT("wait for a person", a -> Math.min(30, a.waited().toSeconds() / 60.0) / 30),
    /** The bot's failed answers, capped at 3. */
    BOT_FAILURES("the bot's failed answers", a -> Math.min(3, a.botFailures()) / 3.0),
    /** The customer's turns, capped at 10. */
    TURNS("length of the conversation", a -> Math.min(10, a.customerTurns()) / 10.0),
    ENDED_BY_INACTIVITY("ended without a goodbye", a -> flag(a.closedBy() == ClosedBy.INACTIVITY)),
    ENDED_BY_AGENT("closed by the agent", a -> flag(a.closedBy() == ClosedBy.AGENT));

    private final String words;
    private final ToDoubleFunction<ConversationArc> value;

    Feature(String words, ToDoubleFunction<ConversationArc> value) {
        this.words = words;
        this.value = value;
    }

    public String words() {
        return words;
    }

    public double of(ConversationArc arc) {
        return value.applyAsDouble(arc);
    }

    private static double flag(boolean on) {
        return on ? 1 : 0;
    }
}
