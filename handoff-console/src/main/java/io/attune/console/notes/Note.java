package io.attune.console.notes;

import java.time.Instant;

/** An agent's private note on a conversation: shown to agents and admins, never to the customer. */
public record Note(String id, String conversationId, String authorUsername, String authorName, String text,
                   Instant at) {

    public static final int MAX_LENGTH = 2000;
}
