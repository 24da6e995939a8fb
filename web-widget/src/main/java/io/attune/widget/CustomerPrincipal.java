package io.attune.widget;

import io.attune.engine.conversation.ConversationId;
import java.security.Principal;
import java.util.Objects;

/**
 * The customer behind a STOMP session: whoever holds a valid token for one conversation. The session's
 * user is a {@link CustomerAuthentication} whose principal is this record; message authorization
 * checks destinations with {@link #mayAccess}.
 */
public record CustomerPrincipal(ConversationId conversationId) implements Principal {

    public CustomerPrincipal {
        Objects.requireNonNull(conversationId, "conversationId");
    }

    /** Unique per conversation and never a valid agent user name. */
    @Override
    public String getName() {
        return "customer:" + conversationId;
    }

    /** SUBSCRIBE: its own conversation's topic and its private queues, nothing else. */
    public boolean maySubscribe(String destination) {
        return CustomerDestinations.isPrivateQueue(destination)
                || CustomerDestinations.topicConversation(destination).map(conversationId::equals).orElse(false);
    }

    /** SEND: only the {@code /app} destinations of its own conversation (never straight to a topic). */
    public boolean maySend(String destination) {
        return CustomerDestinations.sendConversation(destination).map(conversationId::equals).orElse(false);
    }

    /** Either of the above; prefer the one that matches the frame. */
    public boolean mayAccess(String destination) {
        return maySubscribe(destination) || maySend(destination);
    }
}
