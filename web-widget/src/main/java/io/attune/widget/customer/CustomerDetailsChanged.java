package io.attune.widget.customer;

import io.attune.engine.conversation.ConversationId;

/** A customer gave their name or email, or chats from another page: the agents' queue and conversation page show it. */
public record CustomerDetailsChanged(ConversationId conversationId) {
}
