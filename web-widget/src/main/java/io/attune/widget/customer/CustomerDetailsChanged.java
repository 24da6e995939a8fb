package io.attune.widget.customer;

import io.attune.engine.conversation.ConversationId;

/** A customer gave their name or email: the agents' queue and conversation view show them. */
public record CustomerDetailsChanged(ConversationId conversationId) {
}
