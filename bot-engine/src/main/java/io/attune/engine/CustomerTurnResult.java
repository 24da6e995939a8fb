package io.attune.engine;

import io.attune.engine.conversation.ConversationState;
import io.attune.engine.conversation.Turn;
import io.attune.engine.handoff.HandoffDecision;
import java.util.List;

/**
 * What became of a customer's message.
 *
 * @param customerTurn the stored turn (the one stored before, when the send was a retry)
 * @param replies      what the bot said back (empty while a person has the conversation, or on a retry)
 * @param duplicate    true when the same client id was already stored: nothing new was stored
 */
public record CustomerTurnResult(Turn customerTurn, List<Turn> replies, ConversationState state,
                                 HandoffDecision decision, boolean duplicate) {

    public CustomerTurnResult {
        replies = List.copyOf(replies);
    }
}
