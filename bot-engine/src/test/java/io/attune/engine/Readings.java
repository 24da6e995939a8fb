package io.attune.engine;

import io.attune.engine.emotion.Cue;
import io.attune.engine.emotion.Emotion;
import io.attune.engine.emotion.EmotionReading;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Emotion readings for tests of the code that acts on readings (the policy, replies, summaries). */
public final class Readings {

    private Readings() {
    }

    public static EmotionReading calm() {
        return of(0.1, Map.of(Emotion.NEUTRAL, 0.8));
    }

    public static EmotionReading feeling(Emotion e, double intensity, double sentiment, Cue... cues) {
        return of(sentiment, Map.of(e, intensity), cues);
    }

    public static EmotionReading of(double sentiment, Map<Emotion, Double> intensities, Cue... cues) {
        Map<Emotion, Double> all = new EnumMap<>(Emotion.class);
        all.putAll(intensities);
        double p = (sentiment + 1) / 2;
        return new EmotionReading(sentiment, List.of((1 - p) / 2, (1 - p) / 2, 0.0, p / 2, p / 2), all,
                cues.length == 0 ? Set.of() : Set.of(cues));
    }
}
