package io.attune.engine;

import io.attune.engine.conversation.QuickReply;
import io.attune.engine.intent.IntentPrediction;
import io.attune.engine.knowledge.TrainedKnowledge;
import java.util.Optional;

/** The knowledge base and its trained classifier, as the engine asks for them. */
public record KnowledgeAnswers(TrainedKnowledge knowledge) implements RoutineKnowledge {

    @Override
    public IntentPrediction classify(String text) {
        return knowledge.classifier().classify(text);
    }

    @Override
    public Optional<Answer> answerFor(String intent) {
        return knowledge.base().intent(intent).map(d -> new Answer(d.name(), d.answer(),
                d.quickReplies().stream().map(QuickReply::of).toList(), d.flow(), d.name().replace('_', ' ')));
    }
}
