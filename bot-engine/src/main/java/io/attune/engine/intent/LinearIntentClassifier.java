package io.attune.engine.intent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A learned intent classifier (CoreNLP's linear classifier over words, bigrams and character n-grams).
 * A question is out of scope when its best intent is {@link IntentPrediction#OUT_OF_SCOPE} (when the
 * training data has that class) or when the best intent's probability is below {@code minConfidence}.
 * Immutable and thread-safe.
 */
public final class LinearIntentClassifier implements IntentClassifier {

    /** Chosen on Bitext held-out and CLINC150: sigma 4 fits Bitext no better and is overconfident out of scope. */
    public static final TextModel.Options OPTIONS = new TextModel.Options(true, 1, 0, 2.0, 1e-3);
    /** Chosen on CLINC150 val/oos_val: keeps in-scope accuracy within about a point of no threshold. */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.35;

    private final TextModel model;
    private final double minConfidence;
    private final WordNormaliser normaliser;

    public LinearIntentClassifier(TextModel model, double minConfidence) {
        this(model, minConfidence, WordNormaliser.none());
    }

    private LinearIntentClassifier(TextModel model, double minConfidence, WordNormaliser normaliser) {
        if (!(minConfidence >= 0 && minConfidence < 1)) {
            throw new IllegalArgumentException("minimum confidence must be in [0, 1): " + minConfidence);
        }
        this.model = model;
        this.minConfidence = minConfidence;
        this.normaliser = normaliser;
    }

    public static LinearIntentClassifier train(Collection<LabeledText> examples, double minConfidence) {
        return new LinearIntentClassifier(TextModel.train(examples, OPTIONS), minConfidence);
    }

    /**
     * Trains on the examples as rewritten by {@code normalisation}; every message is rewritten the same way.
     *
     * @param vocabulary texts whose words are the known, rightly spelt ones (the examples and the answers)
     */
    public static LinearIntentClassifier train(Collection<LabeledText> examples, Collection<String> vocabulary,
                                               double minConfidence, TextNormalisation normalisation) {
        WordNormaliser normaliser = WordNormaliser.of(vocabulary, normalisation);
        List<LabeledText> normalised = examples.stream()
                .map(e -> new LabeledText(normaliser.normalise(e.text()), e.label())).toList();
        return new LinearIntentClassifier(TextModel.train(normalised, OPTIONS), minConfidence, normaliser);
    }

    @Override
    public IntentPrediction classify(String text) {
        List<IntentPrediction> ranked = ranked(text, 1);
        if (ranked.isEmpty()) {
            return new IntentPrediction(IntentPrediction.OUT_OF_SCOPE, 1.0);
        }
        IntentPrediction best = ranked.get(0);
        if (best.outOfScope() || best.confidence() >= minConfidence) {
            return best;
        }
        return new IntentPrediction(IntentPrediction.OUT_OF_SCOPE, 1.0 - best.confidence());
    }

    /**
     * The {@code limit} most probable intents, best first, without the threshold: e.g. to offer
     * "did you mean" choices. Empty for text with no words.
     */
    @Override
    public List<IntentPrediction> ranked(String text, int limit) {
        if (text == null || TextFeatures.tokens(text).isEmpty()) {
            return List.of();
        }
        double[] p = model.probabilities(normaliser.normalise(text));
        List<IntentPrediction> all = new ArrayList<>(p.length);
        for (int i = 0; i < p.length; i++) {
            all.add(new IntentPrediction(model.labels().get(i), Math.max(0.0, Math.min(1.0, p[i]))));
        }
        all.sort(Comparator.comparingDouble(IntentPrediction::confidence).reversed());
        return List.copyOf(all.subList(0, Math.min(limit, all.size())));
    }

    public double minConfidence() {
        return minConfidence;
    }
}
