package io.attune.engine.conversation;

/** Who ended a conversation: the customer, the agent holding it, or nobody for too long. */
public enum ClosedBy {
    CUSTOMER, AGENT, INACTIVITY
}
