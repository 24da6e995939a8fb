package io.attune.engine.conversation;

import java.util.Objects;
import java.util.UUID;

/** Identifies one conversation between a customer and Attune. */
public record ConversationId(UUID value) {

    public ConversationId {
        Objects.requireNonNull(value, "value");
    }

    public static ConversationId newId() {
        return new ConversationId(UUID.randomUUID());
    }

    /** @throws IllegalArgumentException when the text is not a conversation id */
    public static ConversationId parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("conversation id is missing");
        }
        try {
            return new ConversationId(UUID.fromString(text.trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a conversation id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
