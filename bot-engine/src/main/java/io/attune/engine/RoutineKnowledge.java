package io.attune.engine;

import io.attune.engine.conversation.QuickReply;
import io.attune.engine.intent.IntentPrediction;
import java.util.List;
import java.util.Optional;

/** What the bot knows: which intent a message is, and how that intent is answered. Thread-safe. */
public interface RoutineKnowledge {

    IntentPrediction classify(String text);

    Optional<Answer> answerFor(String intent);

    /**
     * The intents this message most likely means, best first, up to {@code limit}, without any threshold
     * and without out of scope: what a "did you mean" may offer. None by default.
     */
    default List<Choice> likely(String text, int limit) {
        return List.of();
    }

    /**
     * @param label      how the intent is offered; a customer who sends exactly this is understood as the intent
     * @param confidence the classifier's probability
     */
    record Choice(String intent, String label, double confidence) {
    }

    /**
     * @param flow null, or the multi-turn flow that answers this intent ("order-status", ...)
     * @param topic the intent in a few plain words, for summaries ("track an order")
     */
    record Answer(String intent, String text, List<QuickReply> quickReplies, String flow, String topic) {

        public Answer {
            quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
        }
    }
}
