package io.attune.engine.emotion;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.ling.RVFDatum;
import edu.stanford.nlp.stats.ClassicCounter;
import edu.stanford.nlp.stats.Counter;
import io.attune.engine.meaning.SentenceEncoder;
import io.attune.engine.meaning.SentenceVector;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The emotions a sentence's meaning alone suggests: a logistic regression over the {@link SentenceEncoder}'s
 * vector, fitted on GoEmotions' train comments (their labels as Attune's {@link Emotion}s, {@link
 * GoEmotionsLabels}) by {@code io.attune.engine.quality.TrainMeaningEmotions}. Words the team's lists and the
 * word model never saw ("I'm shaking", "let down") land near the comments that meant the same. Only the reading's
 * experiments use it ({@code io.attune.engine.quality.TrainReadingModel ... cv-fresh}, features {@value #PREFIX}*):
 * the shipped reading ({@link FittedReading}) neither loads nor computes it (docs/quality-chats.md, sixth round).
 * Thread-safe.
 */
public final class MeaningEmotions {

    public static final String RESOURCE = "models/emotion-meaning.ser.gz";
    /** The prefix of the emotion probabilities this adds to a turn's features. */
    public static final String PREFIX = "meaningemotion_";
    /** The prefix of the meaning vector's components, which it adds beside them (scaled by {@link #SCALE}). */
    public static final String VECTOR_PREFIX = "meaning_";
    /** The vector's components are about 1/sqrt(384) each: scaled to about unit size for the prior. */
    public static final double SCALE = 10.0;


    private final LinearClassifier<String, String> classifier;
    private final SentenceEncoder encoder;

    public MeaningEmotions(LinearClassifier<String, String> classifier, SentenceEncoder encoder) {
        this.classifier = classifier;
        this.encoder = encoder;
    }

    /** The shipped model, or null when its resource is absent (the reading then goes without it). */
    public static MeaningEmotions shipped() {
        return Shipped.MODEL;
    }

    /** Loaded on first use, once (the JLS's lazy holder: the class initialises when first read). */
    private static final class Shipped {
        static final MeaningEmotions MODEL = fromClasspath();
    }

    private static MeaningEmotions fromClasspath() {
        try (InputStream in = MeaningEmotions.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            try (ObjectInputStream objects = new ObjectInputStream(new GZIPInputStream(in))) {
                @SuppressWarnings("unchecked")
                LinearClassifier<String, String> c = (LinearClassifier<String, String>) objects.readObject();
                return new MeaningEmotions(c, SentenceEncoder.shipped());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    /** The features of a vector as the classifier takes them. */
    public static Counter<String> features(SentenceVector v) {
        Counter<String> f = new ClassicCounter<>();
        for (int i = 0; i < v.dimensions(); i++) {
            f.setCount("m" + i, SCALE * v.get(i));
        }
        f.setCount("bias", 1);
        return f;
    }

    /** How likely each emotion is, from the text's meaning alone. */
    public Map<Emotion, Double> probabilities(String text) {
        return probabilities(encoder.encode(text));
    }

    private Map<Emotion, Double> probabilities(SentenceVector v) {
        Counter<String> p = classifier.probabilityOf(new RVFDatum<>(features(v)));
        Map<Emotion, Double> out = new EnumMap<>(Emotion.class);
        for (Emotion e : Emotion.values()) {
            out.put(e, p.getCount(e.name()));
        }
        return out;
    }

    /** Adds this text's meaning vector and the emotions it suggests to a turn's features. */
    public void addTo(Counter<String> features, String text) {
        SentenceVector v = encoder.encode(text);
        for (int i = 0; i < v.dimensions(); i++) {
            features.setCount(VECTOR_PREFIX + i, SCALE * v.get(i));
        }
        probabilities(v).forEach((e, p) -> features.setCount(PREFIX + e, p));
    }
}
