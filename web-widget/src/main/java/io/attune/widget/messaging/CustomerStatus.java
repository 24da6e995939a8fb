package io.attune.widget.messaging;

import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.ConversationState;

/**
 * The {@code status} event: the conversation's state in the customer's words.
 *
 * @param queuePosition 1 = next in line; null unless waiting for a person
 * @param waitMinutes   the estimate, null unless waiting
 * @param agentName     the person talking with the customer, null otherwise
 */
record CustomerStatus(String type, ConversationState state, String text, Integer queuePosition, Integer waitMinutes,
                      String agentName) {

    static CustomerStatus of(ConversationSnapshot c, int queuePosition, int minutesPerPlace) {
        return switch (c.state()) {
            case BOT_ANSWERING, BOT_CLARIFYING -> plain(c.state(), "You are talking to the assistant.");
            case WAITING_FOR_AGENT -> waiting(Math.max(queuePosition, 1), minutesPerPlace);
            case WITH_AGENT -> new CustomerStatus("status", c.state(), name(c) + " has joined.", null, null, name(c));
            case SURVEY -> plain(c.state(), "The conversation is closed. How did we do?");
            case CLOSED -> plain(c.state(), "Conversation closed. Thank you!");
        };
    }

    private static CustomerStatus waiting(int position, int minutesPerPlace) {
        int minutes = Math.max(1, position * minutesPerPlace);
        String text = "Connecting you to a person. You are number " + position + " in line, about " + minutes
                + (minutes == 1 ? " minute." : " minutes.");
        return new CustomerStatus("status", ConversationState.WAITING_FOR_AGENT, text, position, minutes, null);
    }

    private static CustomerStatus plain(ConversationState state, String text) {
        return new CustomerStatus("status", state, text, null, null, null);
    }

    private static String name(ConversationSnapshot c) {
        return c.agentDisplayName() == null ? "A person" : c.agentDisplayName();
    }
}
