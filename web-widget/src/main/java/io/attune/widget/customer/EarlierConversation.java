package io.attune.widget.customer;

import io.attune.engine.conversation.ConversationState;
import java.time.Instant;

/**
 * One of a returning customer's earlier conversations, as the console lists it beside the summary.
 *
 * @param agentUsername who held it last (null: nobody did), so the console links it only for those who may open it
 */
public record EarlierConversation(String id, Instant startedAt, ConversationState state, boolean handedOver,
                                  String agentUsername, String agentName, Integer rating) {

    /** In words: "Answered by the bot", "With Dana Whitfield", "Waiting for a person"; the rating when given. */
    public String outcome() {
        String how = switch (state) {
            case WAITING_FOR_AGENT -> "Waiting for a person";
            case WITH_AGENT -> "With " + (agentName == null ? "an agent" : agentName);
            case BOT_ANSWERING, BOT_CLARIFYING -> handedOver ? "Back with the bot" : "With the bot";
            case SURVEY, CLOSED -> agentName != null ? "Closed, handled by " + agentName
                    : handedOver ? "Closed, handed over" : "Closed, answered by the bot";
        };
        return rating == null ? how : how + " · rated " + rating + "/5";
    }
}
