package io.attune.engine.emotion;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What Attune read in one customer turn.
 *
 * @param sentiment             CoreNLP sentiment aggregated over the turn's sentences, in [-1, 1]
 * @param sentimentDistribution the 5-class distribution (very negative .. very positive), summing to 1
 * @param intensities           every {@link Emotion} with an intensity in [0, 1]
 * @param cues                  the cues found
 */
public record EmotionReading(double sentiment, List<Double> sentimentDistribution,
                             Map<Emotion, Double> intensities, Set<Cue> cues) {

    public EmotionReading {
        if (!(sentiment >= -1.0 && sentiment <= 1.0)) {
            throw new IllegalArgumentException("sentiment must be in [-1, 1]: " + sentiment);
        }
        sentimentDistribution = List.copyOf(sentimentDistribution);
        EnumMap<Emotion, Double> all = new EnumMap<>(Emotion.class);
        for (Emotion e : Emotion.values()) {
            double v = intensities.getOrDefault(e, 0.0);
            if (!(v >= 0.0 && v <= 1.0)) {
                throw new IllegalArgumentException(e + " intensity must be in [0, 1]: " + v);
            }
            all.put(e, v);
        }
        intensities = java.util.Collections.unmodifiableMap(all);
        cues = cues.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(cues));
    }

    /** A calm, neutral reading: for input with nothing to read (emoji only, empty). */
    public static EmotionReading neutral() {
        return new EmotionReading(0.0, List.of(0.0, 0.0, 1.0, 0.0, 0.0), Map.of(Emotion.NEUTRAL, 1.0), Set.of());
    }

    public double intensity(Emotion emotion) {
        return intensities.get(Objects.requireNonNull(emotion));
    }

    public boolean has(Cue cue) {
        return cues.contains(cue);
    }

    /** The emotion with the highest intensity. */
    public Emotion strongest() {
        return intensities.entrySet().stream().max(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .map(Map.Entry::getKey).orElse(Emotion.NEUTRAL);
    }

    /** The strongest negative emotion's intensity, 0 when none. */
    public double negativeIntensity() {
        return intensities.entrySet().stream().filter(e -> e.getKey().isNegative())
                .mapToDouble(Map.Entry::getValue).max().orElse(0.0);
    }

    /**
     * How upset the customer is: the strongest of anger, frustration and anxiety (sadness and confusion are not
     * upset). What satisfaction, de-escalation and the agents' case studies read; the handoff's build-up adds anger
     * and frustration instead ({@code FrustrationBuildUp.upset}).
     */
    public double upset() {
        return Math.max(intensity(Emotion.ANGER), Math.max(intensity(Emotion.FRUSTRATION), intensity(Emotion.ANXIETY)));
    }

    /** This reading with one more cue. */
    public EmotionReading withCue(Cue cue) {
        EnumSet<Cue> more = cues.isEmpty() ? EnumSet.noneOf(Cue.class) : EnumSet.copyOf(cues);
        more.add(cue);
        return new EmotionReading(sentiment, sentimentDistribution, intensities, more);
    }
}
