package io.attune.engine;

import io.attune.engine.conversation.QuickReply;
import io.attune.engine.intent.IntentClassifier;
import io.attune.engine.intent.IntentPrediction;
import io.attune.engine.knowledge.IntentDefinition;
import io.attune.engine.knowledge.TrainedKnowledge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The knowledge base and its trained classifier, as the engine asks for them. A message that is exactly an
 * intent's "did you mean" label (the customer chose it) is that intent for sure.
 */
public record KnowledgeAnswers(TrainedKnowledge knowledge) implements RoutineKnowledge {

    @Override
    public IntentPrediction classify(String text) {
        Optional<IntentDefinition> chosen = chosen(text);
        return chosen.isPresent() ? new IntentPrediction(chosen.get().name(), 1.0)
                : knowledge.classifier().classify(text);
    }

    @Override
    public Optional<Answer> answerFor(String intent) {
        return knowledge.base().intent(intent).map(d -> new Answer(d.name(), d.answer(),
                d.quickReplies().stream().map(QuickReply::of).toList(), d.flow(), d.name().replace('_', ' '), d.links()));
    }

    @Override
    public List<Choice> likely(String text, int limit) {
        IntentClassifier classifier = knowledge.classifier();
        List<Choice> choices = new ArrayList<>(limit);
        for (IntentPrediction p : classifier.ranked(text, limit + 1)) {
            if (!p.outOfScope() && choices.size() < limit) {
                knowledge.base().intent(p.intent())
                        .ifPresent(d -> choices.add(new Choice(d.name(), d.choiceLabel(), p.confidence())));
            }
        }
        return choices;
    }

    private Optional<IntentDefinition> chosen(String text) {
        String typed = text.strip().toLowerCase(Locale.ROOT);
        return knowledge.base().answerable().stream()
                .filter(d -> d.choiceLabel().toLowerCase(Locale.ROOT).equals(typed)).findFirst();
    }
}
