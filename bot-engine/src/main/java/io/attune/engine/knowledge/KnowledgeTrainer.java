package io.attune.engine.knowledge;

import io.attune.engine.intent.LabeledText;
import io.attune.engine.intent.LinearIntentClassifier;
import io.attune.engine.intent.TextNormalisation;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains the intent classifier from a knowledge base's examples, so an admin's edit takes effect at once (10 to 20 s
 * of a core for the shop's ~2,450: encoding each example's meaning and three logistic regressions). The shop's own
 * knowledge base, as shipped, starts from the classifier trained ahead of time ({@link ShippedClassifier}, about 3 s
 * to read). Thread-safe.
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

    /**
     * The knowledge base with its classifier: the shipped one ({@link ShippedClassifier}) when this is exactly the
     * knowledge base and settings it was trained from, else trained now.
     */
    public TrainedKnowledge train(KnowledgeBase base) {
        Input in = Input.of(base);
        String fingerprint = ShippedClassifier.fingerprint(in.examples(), in.vocabulary(), normalisation);
        LinearIntentClassifier classifier = ShippedClassifier.matching(fingerprint, in.vocabulary(), minConfidence,
                normalisation).orElseGet(() -> trainNow(in));
        return new TrainedKnowledge(base, classifier);
    }

    /** Always trains, never the shipped classifier: to check that one. */
    public TrainedKnowledge trainAfresh(KnowledgeBase base) {
        return new TrainedKnowledge(base, trainNow(Input.of(base)));
    }

    /** Whether {@link #train} would use the shipped classifier for this knowledge base rather than train. */
    public boolean isShipped(KnowledgeBase base) {
        Input in = Input.of(base);
        return ShippedClassifier.matching(ShippedClassifier.fingerprint(in.examples(), in.vocabulary(), normalisation),
                in.vocabulary(), minConfidence, normalisation).isPresent();
    }

    /** Trains afresh and writes the classifier with its fingerprint: the shipped resource ({@code TrainShopClassifier}). */
    public void writeShipped(KnowledgeBase base, OutputStream out) throws IOException {
        Input in = Input.of(base);
        ShippedClassifier.write(ShippedClassifier.fingerprint(in.examples(), in.vocabulary(), normalisation),
                trainNow(in), out);
    }

    private LinearIntentClassifier trainNow(Input in) {
        return LinearIntentClassifier.train(in.examples(), in.vocabulary(), minConfidence, normalisation);
    }

    /** What training reads of a knowledge base: its labelled examples, and the words it spells right. */
    private record Input(List<LabeledText> examples, List<String> vocabulary) {

        static Input of(KnowledgeBase base) {
            List<LabeledText> examples = new ArrayList<>();
            List<String> vocabulary = new ArrayList<>();
            for (IntentDefinition intent : base.intents()) {
                intent.examples().forEach(e -> examples.add(new LabeledText(e, intent.name())));
                vocabulary.addAll(intent.examples());
                vocabulary.add(intent.answer());
            }
            return new Input(List.copyOf(examples), List.copyOf(vocabulary));
        }
    }
}
