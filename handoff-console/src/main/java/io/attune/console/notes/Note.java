package io.attune.console.notes;

import java.time.Instant;

/**
 * An agent's private note on a conversation: shown to agents and admins, never to the customer.
 *
 * @param editedAt when its author last changed it; null while it reads as first written
 */
public record Note(String id, String conversationId, String authorUsername, String authorName, String text,
                   Instant at, Instant editedAt) {

    Note edited(String newText, Instant when) {
        return new Note(id, conversationId, authorUsername, authorName, newText, at, when);
    }

    /** Only the agent who wrote a note may change or delete it (an admin neither, for someone else's). */
    boolean mayBeChangedBy(String username) {
        return authorUsername.equals(username);
    }

    public static final int MAX_LENGTH = 2000;
}
