package io.attune.engine.emotion;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.ling.RVFDatum;
import edu.stanford.nlp.stats.Counter;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The reading's emotions as a logistic regression fitted on the team's labelled support chats
 * ({@code eval/support-chats/tune.jsonl}, built by {@code io.attune.engine.quality.TrainReadingModel}):
 * an intensity is the fitted probability that a careful reader calls the turn that emotion at medium or
 * high intensity, so 0.8 anger means about 8 in 10 such turns are angry. Thread-safe.
 */
public final class FittedReading {

    public static final String RESOURCE = "models/reading-support-chat.ser.gz";

    private final LinearClassifier<String, String> classifier;

    public FittedReading(LinearClassifier<String, String> classifier) {
        this.classifier = classifier;
    }

    /** The shipped model, or null when the resource is absent (the blended reading is used as it is). */
    static FittedReading fromClasspath() {
        try (InputStream in = FittedReading.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            try (ObjectInputStream objects = new ObjectInputStream(new GZIPInputStream(in))) {
                @SuppressWarnings("unchecked")
                LinearClassifier<String, String> c = (LinearClassifier<String, String>) objects.readObject();
                return new FittedReading(c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    /** The blended reading with its emotions replaced by the fitted probabilities. */
    EmotionReading refine(String text, EmotionReading blended, List<String> earlier) {
        Counter<String> probabilities = classifier.probabilityOf(new RVFDatum<>(ReadingFeatures.of(text, blended, earlier)));
        Map<Emotion, Double> intensities = new EnumMap<>(Emotion.class);
        for (Emotion e : Emotion.values()) {
            intensities.put(e, Math.max(0.0, Math.min(1.0, probabilities.getCount(e.name()))));
        }
        return new EmotionReading(blended.sentiment(), blended.sentimentDistribution(), intensities, blended.cues());
    }

    public static Counter<String> features(String text, EmotionReading blended, List<String> earlier) {
        return ReadingFeatures.of(text, blended, earlier);
    }
}
