package io.attune.engine.knowledge;

import io.attune.engine.intent.LabeledText;
import io.attune.engine.intent.LinearIntentClassifier;
import io.attune.engine.intent.TextNormalisation;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains the intent classifier from a knowledge base's examples (about a second for the shop's ~1,700),
 * so an admin's edit takes effect at once. Thread-safe.
 */
public final class KnowledgeTrainer {

    /**
     * Spelling and the curated synonyms, chosen on eval/shop-questions/tune.tsv held out
     * (docs/quality-questions.md). WordNet synonyms changed no tune answer once the shop's own phrasings were
     * in shop.yml (280 of 309 with or without), and cost a second or so and tens of MB per training: off.
     */
    public static final TextNormalisation NORMALISATION = new TextNormalisation(true, false, true);

    private final double minConfidence;
    private final TextNormalisation normalisation;

    public KnowledgeTrainer() {
        this(LinearIntentClassifier.DEFAULT_MIN_CONFIDENCE);
    }

    /** @param minConfidence below this probability a question counts as out of scope */
    public KnowledgeTrainer(double minConfidence) {
        this(minConfidence, NORMALISATION);
    }

    /** @param normalisation how examples and messages are rewritten before the classifier reads them */
    public KnowledgeTrainer(double minConfidence, TextNormalisation normalisation) {
        this.minConfidence = minConfidence;
        this.normalisation = normalisation;
    }

    public TrainedKnowledge train(KnowledgeBase base) {
        List<LabeledText> examples = new ArrayList<>();
        List<String> vocabulary = new ArrayList<>();
        for (IntentDefinition intent : base.intents()) {
            intent.examples().forEach(e -> examples.add(new LabeledText(e, intent.name())));
            vocabulary.addAll(intent.examples());
            vocabulary.add(intent.answer());
        }
        return new TrainedKnowledge(base, LinearIntentClassifier.train(examples, vocabulary, minConfidence,
                normalisation));
    }
}
