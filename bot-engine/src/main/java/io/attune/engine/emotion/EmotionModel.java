package io.attune.engine.emotion;

import io.attune.engine.intent.TextModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The emotion classifier trained on GoEmotions ({@code io.attune.engine.quality.TrainEmotionModel}),
 * loaded once from the classpath. Thread-safe.
 */
public final class EmotionModel {

    public static final String RESOURCE = "models/emotion-goemotions.bin.gz";

    private final TextModel model;
    private final Emotion[] attune;

    public EmotionModel(TextModel model) {
        this.model = model;
        List<String> labels = model.labels();
        this.attune = new Emotion[labels.size()];
        for (int i = 0; i < attune.length; i++) {
            attune[i] = GoEmotionsLabels.attune(labels.get(i));
        }
    }

    public static EmotionModel fromClasspath() {
        try (InputStream in = EmotionModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: build it with TrainEmotionModel (see README)");
            }
            return new EmotionModel(TextModel.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public TextModel textModel() {
        return model;
    }

    /** Each GoEmotions label's probability, in the order of {@code textModel().labels()}. */
    public double[] labelProbabilities(String text) {
        return model.probabilities(text);
    }

    /** Attune's emotions: each the summed probability of its GoEmotions labels. */
    public Map<Emotion, Double> intensities(String text) {
        return toAttune(labelProbabilities(text));
    }

    Map<Emotion, Double> toAttune(double[] probabilities) {
        EnumMap<Emotion, Double> sums = new EnumMap<>(Emotion.class);
        for (Emotion e : Emotion.values()) {
            sums.put(e, 0.0);
        }
        for (int i = 0; i < probabilities.length; i++) {
            sums.merge(attune[i], probabilities[i], Double::sum);
        }
        sums.replaceAll((e, v) -> Math.min(1.0, v));
        return sums;
    }
}
