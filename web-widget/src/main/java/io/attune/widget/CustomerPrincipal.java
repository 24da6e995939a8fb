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

    /** Whether this customer may subscribe or send to {@code destination}: only its own conversation. */
    public boolean mayAccess(String destination) {
        return CustomerDestinations.conversationOf(destination).map(conversationId::equals).orElse(false)
                || CustomerDestinations.isPrivateQueue(destination);
    }
}
