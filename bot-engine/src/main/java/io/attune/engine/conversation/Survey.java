package io.attune.engine.conversation;

import java.time.Instant;

/** The customer's rating (1 to 5) and comment at the end of a conversation. */
public record Survey(int rating, String comment, Instant at) {

    public Survey {
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("rating must be between 1 and 5");
        }
    }
}
