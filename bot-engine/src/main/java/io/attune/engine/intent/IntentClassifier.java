package io.attune.engine.intent;

/** Recognises what a customer asks for. Thread-safe; trained from examples, never keyword lists. */
public interface IntentClassifier {

    /** Never throws for any text; out-of-scope questions come back as {@link IntentPrediction#OUT_OF_SCOPE}. */
    IntentPrediction classify(String text);
}
