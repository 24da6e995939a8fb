package io.attune.widget.presence;

import io.attune.engine.conversation.ConversationId;

/**
 * A waiting conversation left the line because its customer had gone ({@code abandoned}), or came back to its
 * place because they returned. Everyone's place in line and the agents' queue change with it.
 */
public record WaitingLineChanged(ConversationId conversationId, boolean abandoned) {
}
