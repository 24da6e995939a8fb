package io.attune.engine.conversation;

/** Who wrote a turn. */
public enum Author {
    CUSTOMER, BOT, AGENT, SYSTEM
}
