package io.attune.widget.messaging;

import io.attune.engine.conversation.Author;
import io.attune.engine.conversation.QuickReply;
import io.attune.engine.conversation.Turn;
import io.attune.engine.knowledge.AnswerLink;
import java.time.Instant;
import java.util.List;

/**
 * What a customer is shown on {@code /topic/conversation.{id}} and in history answers. Built only from
 * what the customer may see: never a turn's emotion reading, intent or any handoff reason.
 */
final class CustomerView {

    private CustomerView() {
    }

    record MessageEvent(String type, long seq, String clientId, Author author, String authorName, String text,
                        Instant at, List<QuickReply> quickReplies, List<AnswerLink> links) {

        /** @param links the admin's links shown under a bot answer ({@code ConversationEngine.linksOf}) */
        static MessageEvent of(Turn turn, List<AnswerLink> links) {
            return new MessageEvent("message", turn.seq(), turn.clientId(), turn.author(), turn.authorName(),
                    turn.text(), turn.at(), turn.quickReplies(), links);
        }
    }

    record TypingEvent(String type, Author author, boolean typing) {

        TypingEvent(Author author, boolean typing) {
            this("typing", author, typing);
        }
    }

    record HistoryAnswer(String conversationId, String state, List<MessageEvent> messages, CustomerStatus status) {
    }
}
