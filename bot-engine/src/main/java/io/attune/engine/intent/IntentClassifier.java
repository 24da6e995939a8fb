package io.attune.engine.intent;

/** Recognises what a customer asks for. Thread-safe; trained from examples, never keyword lists. */
public interface IntentClassifier {

    /** Never throws for any text; out-of-scope questions come back as {@link IntentPrediction#OUT_OF_SCOPE}. */
    IntentPrediction classify(String text);

    /**
     * The {@code limit} most probable intents, best first, without the out-of-scope threshold (e.g. to offer
     * "did you mean" choices). By default only the prediction, when it is in scope.
     */
    default java.util.List<IntentPrediction> ranked(String text, int limit) {
        IntentPrediction p = classify(text);
        return p.outOfScope() || limit < 1 ? java.util.List.of() : java.util.List.of(p);
    }
}
