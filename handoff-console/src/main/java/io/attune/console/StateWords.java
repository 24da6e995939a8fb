package io.attune.console;

import io.attune.engine.conversation.ConversationState;

/** A conversation's state as agents and admins read it on their pages (the customer's words are the widget's). */
public final class StateWords {

    private StateWords() {
    }

    /** @param agentName who holds it, when someone does */
    public static String of(ConversationState state, String agentName) {
        return switch (state) {
            case BOT_ANSWERING, BOT_CLARIFYING -> "With the bot";
            case WAITING_FOR_AGENT -> "Waiting for a person";
            case WITH_AGENT -> agentName == null ? "With an agent" : "With " + agentName;
            case SURVEY -> "Ended, waiting for the rating";
            case CLOSED -> "Closed";
        };
    }
}
