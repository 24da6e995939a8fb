package io.attune.engine.intent;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.classify.LogPrior;
import edu.stanford.nlp.classify.RVFDataset;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.ling.RVFDatum;
import edu.stanford.nlp.optimization.QNMinimizer;
import edu.stanford.nlp.stats.ClassicCounter;
import edu.stanford.nlp.stats.Counter;
import io.attune.engine.meaning.SentenceEncoder;
import io.attune.engine.meaning.SentenceVector;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A multinomial logistic regression over words, bigrams and character n-grams, trained with CoreNLP's
 * {@link LinearClassifierFactory}, optionally with the sentence's meaning ({@link SentenceEncoder}) as
 * {@value SentenceVector#DIMENSIONS} real-valued features beside them: the words carry the shop's own terms, the
 * meaning carries paraphrases the examples never used. Only the non-zero weights are kept, as floats, so the
 * emotion model ships in a few MB and predicts in tens of microseconds (the meaning adds the encoder's
 * millisecond). Immutable and thread-safe.
 */
public final class TextModel {

    /** Weights smaller than this change no probability in the third decimal; dropping them keeps the file small. */
    private static final double KEEP = 1e-4;

    /** The names of the meaning features in the weights (not a word feature: no token starts with '~'). */
    static final String MEANING = "~m";

    private final List<String> labels;
    private final Map<String, float[]> weights;
    private final boolean charNGrams;
    private final TextFeatures features;
    /** The meaning features' scale, 0 when the model reads words only. */
    private final double meaningScale;
    /** The meaning features' weights by dimension, or null. */
    private final float[][] meaningWeights;

    /**
     * @param charNGrams      add character 3- and 4-grams inside words
     * @param minFeatureCount drop features seen fewer times in training
     * @param l1              L1 strength (sparse weights); 0 for an L2 prior with {@code sigma}
     * @param sigma           the L2 prior's sigma when {@code l1} is 0
     * @param tolerance       the optimiser's convergence tolerance (CoreNLP's default is 1e-4)
     * @param meaningScale    the sentence meaning's components (about 1/sqrt(384) each) times this are features;
     *                        0 for words only
     */
    public record Options(boolean charNGrams, int minFeatureCount, double l1, double sigma, double tolerance,
                          double meaningScale) {

        /** Words only. */
        public Options(boolean charNGrams, int minFeatureCount, double l1, double sigma, double tolerance) {
            this(charNGrams, minFeatureCount, l1, sigma, tolerance, 0);
        }

        public Options {
            if (!(meaningScale >= 0)) {
                throw new IllegalArgumentException("meaning scale must be >= 0: " + meaningScale);
            }
        }
    }

    private TextModel(List<String> labels, Map<String, float[]> weights, boolean charNGrams, double meaningScale) {
        this.labels = List.copyOf(labels);
        this.weights = weights;
        this.charNGrams = charNGrams;
        this.features = new TextFeatures(charNGrams);
        this.meaningScale = meaningScale;
        if (meaningScale > 0) {
            meaningWeights = new float[SentenceVector.DIMENSIONS][];
            for (int d = 0; d < meaningWeights.length; d++) {
                meaningWeights[d] = weights.getOrDefault(MEANING + d, new float[labels.size()]);
            }
        } else {
            meaningWeights = null;
        }
    }

    public static TextModel train(Collection<LabeledText> examples, Options options) {
        if (examples.stream().map(LabeledText::label).distinct().count() < 2) {
            throw new IllegalArgumentException("training needs examples of at least two labels");
        }
        TextFeatures featurizer = new TextFeatures(options.charNGrams());
        if (options.meaningScale() > 0) {
            RVFDataset<String, String> data = new RVFDataset<>(examples.size());
            for (LabeledText e : examples) {
                Counter<String> f = new ClassicCounter<>();
                featurizer.of(e.text()).forEach(f::incrementCount);
                SentenceVector meaning = SentenceEncoder.shipped().encode(e.text());
                for (int d = 0; d < meaning.dimensions(); d++) {
                    f.setCount(MEANING + d, options.meaningScale() * meaning.get(d));
                }
                data.add(new RVFDatum<>(f, e.label()));
            }
            if (options.minFeatureCount() > 1) {
                data.applyFeatureCountThreshold(options.minFeatureCount());
            }
            return fromClassifier(factory(options).trainClassifier(data), options.charNGrams(), options.meaningScale());
        }
        Dataset<String, String> data = new Dataset<>(examples.size());
        for (LabeledText e : examples) {
            data.add(new BasicDatum<>(featurizer.of(e.text()), e.label()));
        }
        if (options.minFeatureCount() > 1) {
            data.applyFeatureCountThreshold(options.minFeatureCount());
        }
        LinearClassifier<String, String> classifier = factory(options).trainClassifier(data);
        return fromClassifier(classifier, options.charNGrams(), 0);
    }

    private static LinearClassifierFactory<String, String> factory(Options options) {
        LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
        factory.setVerbose(false);
        factory.setTol(options.tolerance());
        if (options.l1() > 0) {
            factory.setPrior(new LogPrior(LogPrior.LogPriorType.NULL));
            factory.setMinimizerCreator(() -> {
                QNMinimizer minimizer = new QNMinimizer(15);
                minimizer.useOWLQN(true, options.l1());
                minimizer.shutUp();
                return minimizer;
            });
        } else {
            factory.setSigma(options.sigma());
            factory.setMinimizerCreator(() -> {
                QNMinimizer minimizer = new QNMinimizer(15);
                minimizer.shutUp();
                return minimizer;
            });
        }
        return factory;
    }

    private static TextModel fromClassifier(LinearClassifier<String, String> classifier, boolean charNGrams,
                                            double meaningScale) {
        List<String> labels = new ArrayList<>(classifier.labelIndex().objectsList());
        double[][] w = classifier.weights();
        Map<String, float[]> weights = new HashMap<>();
        for (int f = 0; f < w.length; f++) {
            float[] row = new float[labels.size()];
            boolean any = false;
            for (int l = 0; l < row.length; l++) {
                if (Math.abs(w[f][l]) >= KEEP) {
                    row[l] = (float) w[f][l];
                    any = true;
                }
            }
            if (any) {
                weights.put(classifier.featureIndex().get(f), row);
            }
        }
        return new TextModel(labels, weights, charNGrams, meaningScale);
    }

    public List<String> labels() {
        return labels;
    }

    /** The probability of each label, in the order of {@link #labels()}. */
    public double[] probabilities(String text) {
        double[] scores = new double[labels.size()];
        for (String feature : features.of(text)) {
            float[] row = weights.get(feature);
            if (row != null) {
                for (int l = 0; l < scores.length; l++) {
                    scores[l] += row[l];
                }
            }
        }
        if (meaningWeights != null) {
            SentenceVector meaning = SentenceEncoder.shipped().encode(text);
            for (int d = 0; d < meaningWeights.length; d++) {
                double x = meaningScale * meaning.get(d);
                float[] row = meaningWeights[d];
                for (int l = 0; l < scores.length; l++) {
                    scores[l] += row[l] * x;
                }
            }
        }
        return softmax(scores);
    }

    /** Whether the model reads the sentence's meaning beside its words. */
    public boolean readsMeaning() {
        return meaningWeights != null;
    }

    private static double[] softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            scores[i] = Math.exp(scores[i] - max);
            sum += scores[i];
        }
        for (int i = 0; i < scores.length; i++) {
            scores[i] /= sum;
        }
        return scores;
    }

    /** Writes the model compressed: labels, then each feature's non-zero weights. */
    public void write(OutputStream out) throws IOException {
        TextModelFile.write(labels, weights, charNGrams, meaningScale, out);
    }

    /** @throws IOException when the stream is not a model this version reads */
    public static TextModel read(InputStream in) throws IOException {
        TextModelFile.Content c = TextModelFile.read(in);
        return new TextModel(c.labels(), c.weights(), c.charNGrams(), c.meaningScale());
    }
}
