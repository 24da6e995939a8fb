package io.attune.widget.messaging;

import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.ConversationState;
import java.util.Optional;

/**
 * The {@code status} event: the conversation's state in the customer's words.
 *
 * @param queuePosition 1 = next in line; null unless waiting for a person who can answer now
 * @param waitMinutes   the estimate (place in line times the typical reply time), null unless waiting for a
 *                      person who can answer now
 * @param agentName     the person talking with the customer, null otherwise
 * @param leaveMessage  nobody can answer now and the customer has not left a message yet: offer the form
 */
record CustomerStatus(String type, ConversationState state, String text, Integer queuePosition, Integer waitMinutes,
                      String agentName, boolean leaveMessage) {

    static final String MESSAGE_LEFT = "Your message is with our team. They will get back to you as soon as "
            + "someone is back.";

    /**
     * @param away        why nobody from the team can answer now; empty while someone can
     * @param messageLeft the customer already left the team a message from this conversation
     */
    static CustomerStatus of(ConversationSnapshot c, int queuePosition, int minutesPerPlace, Optional<String> away,
                             boolean messageLeft) {
        return switch (c.state()) {
            case BOT_ANSWERING, BOT_CLARIFYING -> plain(c.state(), "You are talking to the assistant.");
            case WAITING_FOR_AGENT -> messageLeft ? plain(c.state(), MESSAGE_LEFT)
                    : away.map(CustomerStatus::away).orElseGet(() -> waiting(Math.max(queuePosition, 1), minutesPerPlace));
            case WITH_AGENT -> new CustomerStatus("status", c.state(), name(c) + " has joined.", null, null, name(c),
                    false);
            case SURVEY -> plain(c.state(), "The conversation is closed. How did we do?");
            case CLOSED -> plain(c.state(), "Conversation closed. Thank you!");
        };
    }

    private static CustomerStatus waiting(int position, int minutesPerPlace) {
        int minutes = Math.max(1, position * minutesPerPlace);
        String text = "Connecting you to a person: you are number " + position + " in line. Our team typically "
                + "replies in about " + minutesPerPlace + (minutesPerPlace == 1 ? " minute." : " minutes.");
        return new CustomerStatus("status", ConversationState.WAITING_FOR_AGENT, text, position, minutes, null, false);
    }

    private static CustomerStatus away(String why) {
        return new CustomerStatus("status", ConversationState.WAITING_FOR_AGENT, why, null, null, null, true);
    }

    private static CustomerStatus plain(ConversationState state, String text) {
        return new CustomerStatus("status", state, text, null, null, null, false);
    }

    private static String name(ConversationSnapshot c) {
        return c.agentDisplayName() == null ? "A person" : c.agentDisplayName();
    }
}
