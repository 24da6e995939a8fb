package io.attune.widget.messaging;

import io.attune.engine.EngineException;

/**
 * What a client is told on {@code /user/queue/errors}. The message is always our own wording, never
 * the client's input, so it is safe to show.
 *
 * @param clientId the message it concerns, when there is one, so the widget can mark it failed or retry
 */
record CustomerError(String code, String message, String clientId) {

    static CustomerError of(EngineException e, String clientId) {
        return new CustomerError(e.code(), e.getMessage(), clientId);
    }

    static CustomerError malformed() {
        return new CustomerError("malformed-message", "That message could not be read.", null);
    }

    static CustomerError notYours() {
        return new CustomerError("not-your-conversation", "You can only take part in your own conversation.", null);
    }

    static CustomerError tooFast(String clientId) {
        return new CustomerError("too-many-messages", "You are sending messages too quickly. Please wait a moment.",
                clientId);
    }

    static CustomerError tooManySubscriptions() {
        return new CustomerError("too-many-subscriptions", "This connection has too many subscriptions.", null);
    }

    static CustomerError failed(String clientId) {
        return new CustomerError("server-error", "Something went wrong on our side. Please try again.", clientId);
    }
}
