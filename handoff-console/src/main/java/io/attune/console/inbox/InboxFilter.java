package io.attune.console.inbox;

import io.attune.engine.conversation.ConversationState;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** The conversation list's filters, each a set of states; {@code param} is how it reads in the URL. */
enum InboxFilter {
    ALL("all", "All", EnumSet.allOf(ConversationState.class)),
    WAITING("waiting", "Waiting", EnumSet.of(ConversationState.WAITING_FOR_AGENT)),
    WITH_AGENT("agent", "With an agent", EnumSet.of(ConversationState.WITH_AGENT)),
    WITH_BOT("bot", "With the bot", EnumSet.of(ConversationState.BOT_ANSWERING, ConversationState.BOT_CLARIFYING)),
    CLOSED("closed", "Closed", EnumSet.of(ConversationState.SURVEY, ConversationState.CLOSED));

    private final String param;
    private final String label;
    private final Set<ConversationState> states;

    InboxFilter(String param, String label, Set<ConversationState> states) {
        this.param = param;
        this.label = label;
        this.states = states;
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

    /** An unknown or missing filter lists everything. */
    static InboxFilter of(String param) {
        return Arrays.stream(values()).filter(f -> f.param.equals(param)).findFirst().orElse(ALL);
    }
}
