package io.attune.console.inbox;

import io.attune.engine.conversation.ConversationState;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The conversation list's filters, each a set of states and whether the customer left while waiting
 * ({@code abandoned}, null: either); {@code param} is how it reads in the URL. "Waiting" is only the chats whose
 * customer is still there, as in the agents' queue; those whose customer left have a filter of their own.
 */
enum InboxFilter {
    ALL("all", "All", EnumSet.allOf(ConversationState.class), null),
    WAITING("waiting", "Waiting", EnumSet.of(ConversationState.WAITING_FOR_AGENT), false),
    ABANDONED("left", "Left while waiting", EnumSet.of(ConversationState.WAITING_FOR_AGENT), true),
    WITH_AGENT("agent", "With an agent", EnumSet.of(ConversationState.WITH_AGENT), null),
    WITH_BOT("bot", "With the bot", EnumSet.of(ConversationState.BOT_ANSWERING, ConversationState.BOT_CLARIFYING), null),
    CLOSED("closed", "Closed", EnumSet.of(ConversationState.SURVEY, ConversationState.CLOSED), null);

    private final String param;
    private final String label;
    private final Set<ConversationState> states;
    private final Boolean abandoned;

    InboxFilter(String param, String label, Set<ConversationState> states, Boolean abandoned) {
        this.param = param;
        this.label = label;
        this.states = states;
        this.abandoned = abandoned;
    }

    public String param() {
        return param;
    }

    public String label() {
        return label;
    }

    Set<ConversationState> states() {
        return states;
    }

    Boolean abandoned() {
        return abandoned;
    }

    /** An unknown or missing filter lists everything. */
    static InboxFilter of(String param) {
        return Arrays.stream(values()).filter(f -> f.param.equals(param)).findFirst().orElse(ALL);
    }
}
