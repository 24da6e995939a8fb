package io.attune.engine.conversation;

/** Where a conversation is in its life cycle. See the statechart in the lifecycle package. */
public enum ConversationState {
    /** The bot answers the customer's questions. */
    BOT_ANSWERING,
    /** The bot asked a follow-up (a detail, a confirmation) or did not understand. */
    BOT_CLARIFYING,
    /** Handed over: waiting in the agents' queue. */
    WAITING_FOR_AGENT,
    /** A human agent has the conversation; the bot stays quiet. */
    WITH_AGENT,
    /** Ended; the customer may rate it. */
    SURVEY,
    /** Over. */
    CLOSED;

    /** The bot may reply only while no person is waiting for or talking with the customer. */
    public boolean botMayAnswer() {
        return this == BOT_ANSWERING || this == BOT_CLARIFYING;
    }

    public boolean isOpen() {
        return this != SURVEY && this != CLOSED;
    }
}
