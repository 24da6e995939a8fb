package io.attune.engine;

import io.attune.engine.conversation.Author;
import io.attune.engine.conversation.QuickReply;
import io.attune.engine.conversation.Turn;
import io.attune.engine.knowledge.AnswerLink;
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
    /**
     * The links shown with a turn: those of the intent a bot turn answered, as the knowledge base has them now.
     * They are not stored with the turn, so the live message, the history after a reload and the agent's
     * transcript all read them here, and a link an admin removes disappears from old messages too.
     */
    default List<AnswerLink> linksOf(Turn turn) {
        if (!answersAnIntent(turn)) {
            return List.of();
        }
        return answerFor(turn.intent()).map(Answer::links).orElse(List.of());
    }

    /** Whether a turn is a bot answer to an intent: the only turns that may show links. */
    static boolean answersAnIntent(Turn turn) {
        return turn.author() == Author.BOT && turn.intent() != null;
    }

    record Choice(String intent, String label, double confidence) {
    }

    /**
     * @param flow null, or the multi-turn flow that answers this intent ("order-status", ...)
     * @param topic the intent in a few plain words, for summaries ("track an order")
     * @param links the admin's links shown under the answer; none when empty
     */
    record Answer(String intent, String text, List<QuickReply> quickReplies, String flow, String topic,
                  List<AnswerLink> links) {

        public Answer {
            quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
            links = links == null ? List.of() : List.copyOf(links);
        }

        /** An answer without links. */
        public Answer(String intent, String text, List<QuickReply> quickReplies, String flow, String topic) {
            this(intent, text, quickReplies, flow, topic, List.of());
        }
    }
}
