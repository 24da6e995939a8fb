package io.attune.engine.quality;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.classify.WeightedRVFDataset;
import edu.stanford.nlp.ling.RVFDatum;
import edu.stanford.nlp.stats.ClassicCounter;
import edu.stanford.nlp.stats.Counter;
import io.attune.engine.emotion.Emotion;
import io.attune.engine.emotion.FittedReading;
import io.attune.engine.emotion.FittedReading.Calibration;
import io.attune.engine.quality.ReadingData.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Fits the two parts of {@link FittedReading}: the emotion part learns the emotion when a careful reader
 * calls it medium or high, else neutral; the upset part how upset (anger or frustration) the turn is, as a
 * graded target (high 1, medium 0.7, low 0.3, other emotions 0) with high turns weighted {@code highWeight}
 * times, its probability then Platt-scaled on conversations held out of its own fit.
 */
final class ReadingFit {

    /**
     * How one reading model is fitted: the two parts' L2 sigmas, the weight of high turns, the weight of
     * each extra (GoEmotions) turn (0: none), and the feature families left out (by name prefix).
     */
    record Variant(String name, double sigma, double highWeight, double upsetSigma, double extraWeight, List<String> without,
                   List<String> upsetWithout) {

        Variant(String name, double sigma, double highWeight, double upsetSigma, double extraWeight, List<String> without) {
            this(name, sigma, highWeight, upsetSigma, extraWeight, without, List.of());
        }

        Counter<String> features(Turn t) {
            return kept(t.features(), without);
        }

        /** What the upset part sees: the features without {@code without} and {@code upsetWithout}. */
        Counter<String> upsetFeatures(Turn t) {
            return kept(features(t), upsetWithout);
        }

        private static Counter<String> kept(Counter<String> features, List<String> prefixes) {
            if (prefixes.isEmpty()) {
                return features;
            }
            Counter<String> kept = new ClassicCounter<>();
            for (String f : features.keySet()) {
                if (prefixes.stream().noneMatch(f::startsWith)) {
                    kept.setCount(f, features.getCount(f));
                }
            }
            return kept;
        }
    }

    private static final int CALIBRATION_FOLDS = 5;

    private ReadingFit() {
    }

    /** Fits both parts on these conversations (and the extra turns); the calibration on the conversations' own held-out folds. */
    static FittedReading.Parts train(List<List<Turn>> byChat, List<Turn> extra, Variant v) {
        List<Turn> turns = byChat.stream().flatMap(List::stream).toList();
        WeightedRVFDataset<String, String> emotions = new WeightedRVFDataset<>();
        weighted(turns, extra, v, (t, weight) -> {
            String label = t.label().strong() ? t.label().label().name() : Emotion.NEUTRAL.name();
            emotions.add(new RVFDatum<>(v.features(t), label), weight.floatValue());
        });
        LinearClassifier<String, String> emotionPart = fit(emotions, v.sigma());
        LinearClassifier<String, String> upsetPart = fitUpset(turns, extra, v);
        // the raw upset of each turn by an upset part fitted without its fold, against what the reader said
        List<double[]> pairs = new ArrayList<>();
        for (int fold = 0; fold < CALIBRATION_FOLDS; fold++) {
            List<Turn> in = new ArrayList<>();
            List<Turn> out = new ArrayList<>();
            for (int i = 0; i < byChat.size(); i++) {
                (i % CALIBRATION_FOLDS == fold ? out : in).addAll(byChat.get(i));
            }
            LinearClassifier<String, String> c = fitUpset(in, extra, v);
            for (Turn t : out) {
                double raw = c.probabilityOf(new RVFDatum<>(v.upsetFeatures(t))).getCount("UPSET");
                pairs.add(new double[] {raw, t.strongUpset() ? 1 : 0});
            }
        }
        return new FittedReading.Parts(emotionPart, upsetPart, platt(pairs));
    }

    /** Each tune turn with its weight (high turns {@code highWeight}), then each extra turn with {@code extraWeight} when that is above 0. */
    private static void weighted(List<Turn> turns, List<Turn> extra, Variant v, BiConsumer<Turn, Double> add) {
        turns.forEach(t -> add.accept(t, t.high() ? v.highWeight() : 1.0));
        if (v.extraWeight() > 0) {
            extra.forEach(t -> add.accept(t, v.extraWeight()));
        }
    }

    private static LinearClassifier<String, String> fitUpset(List<Turn> turns, List<Turn> extra, Variant v) {
        WeightedRVFDataset<String, String> upset = new WeightedRVFDataset<>();
        weighted(turns, extra, v, (t, weight) -> {
            double target = t.gradedUpset();
            if (target > 0) {
                upset.add(new RVFDatum<>(v.upsetFeatures(t), "UPSET"), (float) (weight * target));
            }
            if (target < 1) {
                upset.add(new RVFDatum<>(v.upsetFeatures(t), "CALM"), (float) (weight * (1 - target)));
            }
        });
        return fit(upset, v.upsetSigma());
    }

    private static LinearClassifier<String, String> fit(WeightedRVFDataset<String, String> data, double sigma) {
        LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
        factory.setSigma(sigma);
        factory.setVerbose(false);
        return factory.trainClassifier(data);
    }

    /** Platt scaling: a logistic regression of the target on the raw probability's log-odds, sampled as a curve. */
    static Calibration platt(List<double[]> pairs) {
        double a = 1;
        double b = 0;
        for (int iter = 0; iter < 100; iter++) {
            double ga = 0;
            double gb = 0;
            double haa = 1e-6;
            double hab = 0;
            double hbb = 1e-6;
            for (double[] p : pairs) {
                double z = logit(p[0]);
                double q = 1 / (1 + Math.exp(-(a * z + b)));
                double r = q - p[1];
                ga += r * z;
                gb += r;
                double w = q * (1 - q);
                haa += w * z * z;
                hab += w * z;
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) + Math.abs(db) < 1e-9) {
                break;
            }
        }
        int n = 101;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i / (double) (n - 1);
            y[i] = 1 / (1 + Math.exp(-(a * logit(x[i]) + b)));
        }
        return new Calibration(x, y);
    }

    private static double logit(double p) {
        double q = Math.max(1e-4, Math.min(1 - 1e-4, p));
        return Math.log(q / (1 - q));
    }
}
