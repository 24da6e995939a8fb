package io.attune.console.reflection;

import java.time.Instant;

/** A private reflection an agent wrote after a conversation; only its author ever reads it. */
public record Reflection(String id, String conversationId, String authorUsername, String text, Instant at) {

    public static final int MAX_LENGTH = 4000;
}
