package io.attune.engine.handoff;

import io.attune.engine.emotion.EmotionReading;
import io.attune.engine.intent.IntentPrediction;
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

    /** A customer turn counts as understood when it carries an intent that is neither unknown nor out of scope. */
    public static boolean understood(String intent) {
        return intent != null && !intent.equals(NOT_UNDERSTOOD) && !intent.equals(IntentPrediction.OUT_OF_SCOPE);
    }
}
