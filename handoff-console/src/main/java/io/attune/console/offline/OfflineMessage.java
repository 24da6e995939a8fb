package io.attune.console.offline;

import java.time.Instant;

/** A message a customer left while no one could answer. */
public record OfflineMessage(String id, String conversationId, String customerName, String email, String text,
                             Instant createdAt) {
}
