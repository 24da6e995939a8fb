package io.attune.engine.lifecycle;

/** What can happen to a conversation. */
public enum LifecycleEvent {
    /** The customer wrote; accepted in every open state, refused once the conversation has ended. */
    CUSTOMER_MESSAGE,
    /** The bot answered. */
    ANSWERED,
    /** The bot asked a follow-up: a detail or a confirmation. */
    ASKED_FOLLOW_UP,
    /** The bot did not understand. */
    NOT_UNDERSTOOD,
    /** Hand over to a person (the policy, or the customer's own ask). */
    HANDOFF,
    /** An agent took the conversation (or it was transferred to another agent). */
    AGENT_JOINED,
    /** The agent gave the conversation back to the bot. */
    HANDED_BACK,
    /** Closed by the agent, the customer or an inactivity timeout: on to the survey, or over. */
    CLOSED,
    /** The customer answered the survey. */
    SURVEY_DONE
}
