package io.attune.engine.emotion;

/**
 * The emotions Attune reads in a customer turn. Mapped from GoEmotions: frustration = annoyance +
 * disappointment, anxiety = nervousness + fear; the rest as they are.
 */
public enum Emotion {
    ANGER, FRUSTRATION, ANXIETY, CONFUSION, SADNESS, GRATITUDE, JOY, NEUTRAL;

    /** Emotions that, rising, may call for a person. */
    public boolean isNegative() {
        return this == ANGER || this == FRUSTRATION || this == ANXIETY || this == SADNESS || this == CONFUSION;
    }
}
