package io.attune.engine.intent;

/**
 * The classifier's best guess.
 *
 * @param intent     the best intent's name (as in the knowledge base), or {@link #OUT_OF_SCOPE}
 * @param confidence in [0, 1]
 */
public record IntentPrediction(String intent, double confidence) {

    public static final String OUT_OF_SCOPE = "out_of_scope";

    public boolean outOfScope() {
        return OUT_OF_SCOPE.equals(intent);
    }
}
