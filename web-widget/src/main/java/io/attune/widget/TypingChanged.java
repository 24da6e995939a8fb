package io.attune.widget;

import io.attune.engine.conversation.Author;
import io.attune.engine.conversation.ConversationId;

/**
 * Someone started or stopped typing, as a Spring application event. The widget publishes the
 * customer's; the console publishes the agent's, and the widget's relay shows agents' and the bot's
 * to the customer.
 */
public record TypingChanged(ConversationId conversationId, Author author, boolean typing) {
}
