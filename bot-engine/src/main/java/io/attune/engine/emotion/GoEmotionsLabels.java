package io.attune.engine.emotion;

import java.util.Map;
import java.util.Set;

/**
 * How the 27 GoEmotions emotions (and neutral) map to Attune's {@link Emotion}s and to Ekman's six.
 * The emotion model predicts the fine labels; intensities are sums over a group's labels.
 */
public final class GoEmotionsLabels {

    /** The fine labels in the order of GoEmotions' {@code labels.txt} (its label ids index this list). */
    public static final java.util.List<String> ALL = java.util.List.of("admiration", "amusement", "anger",
            "annoyance", "approval", "caring", "confusion", "curiosity", "desire", "disappointment", "disapproval",
            "disgust", "embarrassment", "excitement", "fear", "gratitude", "grief", "joy", "love", "nervousness",
            "optimism", "pride", "realization", "relief", "remorse", "sadness", "surprise", "neutral");

    /**
     * Attune's view. Beyond the brief's frustration = annoyance + disappointment and anxiety = nervousness +
     * fear: disgust reads as anger and disapproval as frustration (in a support chat both are complaints);
     * grief is sadness; the warm emotions (amusement, excitement, love, relief, admiration, optimism, pride)
     * are joy; the rest (approval, caring, curiosity, desire, realization, surprise, embarrassment,
     * remorse) are calm for a support bot, so neutral. Curiosity in particular: "where is my order?".
     */
    private static final Map<String, Emotion> ATTUNE = Map.ofEntries(
            Map.entry("anger", Emotion.ANGER), Map.entry("disgust", Emotion.ANGER),
            Map.entry("annoyance", Emotion.FRUSTRATION), Map.entry("disappointment", Emotion.FRUSTRATION),
            Map.entry("disapproval", Emotion.FRUSTRATION),
            Map.entry("nervousness", Emotion.ANXIETY), Map.entry("fear", Emotion.ANXIETY),
            Map.entry("confusion", Emotion.CONFUSION),
            Map.entry("sadness", Emotion.SADNESS), Map.entry("grief", Emotion.SADNESS),
            Map.entry("gratitude", Emotion.GRATITUDE),
            Map.entry("joy", Emotion.JOY), Map.entry("amusement", Emotion.JOY), Map.entry("excitement", Emotion.JOY),
            Map.entry("love", Emotion.JOY), Map.entry("relief", Emotion.JOY), Map.entry("admiration", Emotion.JOY),
            Map.entry("optimism", Emotion.JOY), Map.entry("pride", Emotion.JOY));

    /** Ekman's grouping as published with GoEmotions ({@code ekman_mapping.json}). */
    private static final Map<String, Set<String>> EKMAN = Map.of(
            "anger", Set.of("anger", "annoyance", "disapproval"),
            "disgust", Set.of("disgust"),
            "fear", Set.of("fear", "nervousness"),
            "joy", Set.of("joy", "amusement", "approval", "excitement", "gratitude", "love", "optimism", "relief",
                    "pride", "admiration", "desire", "caring"),
            "sadness", Set.of("sadness", "disappointment", "embarrassment", "grief", "remorse"),
            "surprise", Set.of("surprise", "realization", "confusion", "curiosity"),
            "neutral", Set.of("neutral"));

    private GoEmotionsLabels() {
    }

    public static Emotion attune(String label) {
        return ATTUNE.getOrDefault(label, Emotion.NEUTRAL);
    }

    public static String ekman(String label) {
        return EKMAN.entrySet().stream().filter(e -> e.getValue().contains(label)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown GoEmotions label " + label));
    }

    public static Set<String> ekmanLabels() {
        return EKMAN.keySet();
    }
}
