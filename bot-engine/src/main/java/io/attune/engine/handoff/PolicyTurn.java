package io.attune.engine.handoff;

import io.attune.engine.conversation.Turn;
import io.attune.engine.emotion.EmotionReading;
import io.attune.engine.intent.IntentPrediction;
import java.util.List;
import java.util.Objects;

/**
 * What the policy needs of one customer turn: the emotion reading and whether the bot understood it.
 */
public record PolicyTurn(EmotionReading reading, boolean understood) {

    /** The intent the engine stores on a customer turn it could not place. */
    public static final String NOT_UNDERSTOOD = "not_understood";

    public PolicyTurn {
        Objects.requireNonNull(reading, "reading");
    }

    /** The customer turns of a stored transcript, in order. */
    public static List<PolicyTurn> fromTurns(List<Turn> turns) {
        return turns.stream().filter(Turn::fromCustomer)
                .map(t -> new PolicyTurn(t.reading() == null ? EmotionReading.neutral() : t.reading(),
                        understood(t.intent())))
                .toList();
    }

    /** A customer turn counts as understood when it carries an intent that is neither unknown nor out of scope. */
    public static boolean understood(String intent) {
        return intent != null && !intent.equals(NOT_UNDERSTOOD) && !intent.equals(IntentPrediction.OUT_OF_SCOPE);
    }
}
