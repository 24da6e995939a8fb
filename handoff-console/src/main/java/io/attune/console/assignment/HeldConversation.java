package io.attune.console.assignment;

import java.time.Instant;

/** A conversation an agent holds, as the "my conversations" tabs show it. */
public record HeldConversation(String conversationId, String customerName, Instant since) {
}
