package io.attune.engine.knowledge;

import io.attune.engine.intent.IntentClassifier;
import java.util.Objects;

/** A knowledge base with the classifier trained from it: swapped together when an admin edits the base. */
public record TrainedKnowledge(KnowledgeBase base, IntentClassifier classifier) {

    public TrainedKnowledge {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(classifier, "classifier");
    }
}
