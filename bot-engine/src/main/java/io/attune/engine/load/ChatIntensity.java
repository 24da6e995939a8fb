package io.attune.engine.load;

import io.attune.engine.emotion.Emotion;
import io.attune.engine.emotion.EmotionReading;

/** What one customer turn adds to a chat's weight: how upset, and how hostile toward the agent. */
public record ChatIntensity(double upset, double hostility) {

    public static final ChatIntensity NONE = new ChatIntensity(0, 0);

    public ChatIntensity {
        upset = clamp(upset);
        hostility = clamp(hostility);
    }

    /** Upset is the strongest negative emotion (anger, frustration, anxiety, sadness, confusion); hostility is anger or frustration. */
    public static ChatIntensity of(EmotionReading reading) {
        if (reading == null) {
            return NONE;
        }
        return new ChatIntensity(reading.negativeIntensity(),
                Math.max(reading.intensity(Emotion.ANGER), reading.intensity(Emotion.FRUSTRATION)));
    }

    /** The peak of both, turn after turn. */
    public ChatIntensity max(ChatIntensity other) {
        return new ChatIntensity(Math.max(upset, other.upset), Math.max(hostility, other.hostility));
    }

    private static double clamp(double v) {
        return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
    }
}
