package io.attune.engine.knowledge;

import io.attune.engine.intent.LabeledText;
import io.attune.engine.intent.LinearIntentClassifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains the intent classifier from a knowledge base's examples (about a second for the shop's ~1,700),
 * so an admin's edit takes effect at once. Thread-safe.
 */
public final class KnowledgeTrainer {

    private final double minConfidence;

    public KnowledgeTrainer() {
        this(LinearIntentClassifier.DEFAULT_MIN_CONFIDENCE);
    }

    /** @param minConfidence below this probability a question counts as out of scope */
    public KnowledgeTrainer(double minConfidence) {
        this.minConfidence = minConfidence;
    }

    public TrainedKnowledge train(KnowledgeBase base) {
        List<LabeledText> examples = new ArrayList<>();
        for (IntentDefinition intent : base.intents()) {
            intent.examples().forEach(e -> examples.add(new LabeledText(e, intent.name())));
        }
        return new TrainedKnowledge(base, LinearIntentClassifier.train(examples, minConfidence));
    }
}
