package io.attune.engine.emotion;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.ling.RVFDatum;
import edu.stanford.nlp.stats.Counter;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The reading's emotions as logistic regressions fitted on the team's labelled support chats
 * ({@code eval/support-chats/tune.jsonl} and {@code tune-extra.jsonl}, built by
 * {@code io.attune.engine.quality.TrainReadingModel}). Two parts: {@code emotions} says which emotion a
 * careful reader calls the turn (the eight classes, neutral when none is medium or high); {@code upset}
 * says how likely the turn is angry or frustrated at medium or high intensity, calibrated on held-out
 * chats ({@link Calibration}), so an upset of 0.8 means about 8 in 10 such turns are. Of anger and
 * frustration, the one the first part finds likelier reads that upset and the other 0; the other
 * emotions are the first part's probabilities. Thread-safe.
 */
public final class FittedReading {

    public static final String RESOURCE = "models/reading-support-chat.ser.gz";
    static final String UPSET = "UPSET";

    /** What the resource holds. {@code upset} and {@code calibration} may be null (the first part alone). */
    public record Parts(LinearClassifier<String, String> emotions, LinearClassifier<String, String> upset,
                        Calibration calibration) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * A monotone map from the upset part's raw probability to the share of upset turns: a piecewise-linear
     * curve through (x[i], y[i]), flat beyond its ends (isotonic regression's blocks, or Platt's sigmoid
     * sampled). {@link #identity()} leaves the probability as it is.
     */
    public record Calibration(double[] x, double[] y) implements Serializable {
        private static final long serialVersionUID = 1L;

        public Calibration {
            if (x.length != y.length || x.length == 0) {
                throw new IllegalArgumentException("a calibration needs as many x as y, at least one");
            }
            x = x.clone();
            y = y.clone();
        }

        public static Calibration identity() {
            return new Calibration(new double[] {0, 1}, new double[] {0, 1});
        }

        public double apply(double p) {
            if (p <= x[0]) {
                return y[0];
            }
            int i = Arrays.binarySearch(x, p);
            if (i >= 0) {
                return y[i];
            }
            int hi = -i - 1;
            if (hi >= x.length) {
                return y[x.length - 1];
            }
            int lo = hi - 1;
            double t = (p - x[lo]) / (x[hi] - x[lo]);
            return y[lo] + t * (y[hi] - y[lo]);
        }
    }

    private final Parts parts;

    public FittedReading(LinearClassifier<String, String> classifier) {
        this(new Parts(classifier, null, null));
    }

    public FittedReading(Parts parts) {
        this.parts = parts;
    }

    public Parts parts() {
        return parts;
    }

    /** The shipped model, or null when the resource is absent (the blended reading is used as it is). */
    static FittedReading fromClasspath() {
        try (InputStream in = FittedReading.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            try (ObjectInputStream objects = new ObjectInputStream(new GZIPInputStream(in))) {
                Object o = objects.readObject();
                if (o instanceof Parts p) {
                    return new FittedReading(p);
                }
                @SuppressWarnings("unchecked")
                LinearClassifier<String, String> c = (LinearClassifier<String, String>) o;
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
        return new EmotionReading(blended.sentiment(), blended.sentimentDistribution(),
                intensities(ReadingFeatures.of(text, blended, earlier)), blended.cues());
    }

    /** The fitted intensities of a turn from its {@link #features features}. */
    public Map<Emotion, Double> intensities(Counter<String> features) {
        RVFDatum<String, String> datum = new RVFDatum<>(features);
        Counter<String> probabilities = parts.emotions().probabilityOf(datum);
        Map<Emotion, Double> intensities = new EnumMap<>(Emotion.class);
        for (Emotion e : Emotion.values()) {
            intensities.put(e, clamp(probabilities.getCount(e.name())));
        }
        if (parts.upset() != null) {
            double raw = parts.upset().probabilityOf(datum).getCount(UPSET);
            double upset = clamp(parts.calibration() == null ? raw : parts.calibration().apply(raw));
            double anger = intensities.get(Emotion.ANGER);
            double frustration = intensities.get(Emotion.FRUSTRATION);
            // The one the emotion part finds likelier carries the whole upset, the other none: anger plus
            // frustration (what the hand-over build-up adds) is then the calibrated upset, not up to twice it
            // (which read every medium turn as 1.0 and could not tell it from fury: docs/quality-chats.md).
            boolean angry = intensities.get(Emotion.ANGER) > intensities.get(Emotion.FRUSTRATION);
            intensities.put(Emotion.ANGER, angry ? upset : 0.0);
            intensities.put(Emotion.FRUSTRATION, angry ? 0.0 : upset);
        }
        return intensities;
    }

    public static Counter<String> features(String text, EmotionReading blended, List<String> earlier) {
        return ReadingFeatures.of(text, blended, earlier);
    }

    private static double clamp(double v) {
        return Math.max(0.0, Math.min(1.0, v));
    }
}
