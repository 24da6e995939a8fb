package io.attune.console.conversation;

import io.attune.console.StateWords;
import io.attune.engine.conversation.ConversationState;

/** Small events on a console conversation topic besides messages. */
final class ConsoleSignals {

    private ConsoleSignals() {
    }

    /** {@code {"type":"status","state","label","agentName","agentUsername"}}: {@code label} is the state in words. */
    record Status(String type, ConversationState state, String label, String agentName, String agentUsername) {
        Status(ConversationState state, String agentName, String agentUsername) {
            this("status", state, StateWords.of(state, agentName), agentName, agentUsername);
        }
    }

    /**
     * {@code {"type":"customer","name","email","from"}}: who the customer is now, sent when they give their name
     * or email or chat from another page; {@code name} is "Anonymous customer" until given, the others null.
     */
    record Customer(String type, String name, String email, String from) {
        Customer(String name, String email, String from) {
            this("customer", name, email, from);
        }
    }

    /** {@code {"type":"typing","author":"CUSTOMER|AGENT","typing":true}} */
    record Typing(String type, String author, boolean typing) {
        Typing(String author, boolean typing) {
            this("typing", author, typing);
        }
    }

    /** What an agent SENDs: a message with the client's id for it (dedupes retries). */
    record AgentMessage(String clientId, String text) {
    }

    /** What an agent SENDs while typing. */
    record TypingSignal(boolean typing) {
    }

    /** Sent to {@code /user/queue/errors}: why a SEND was refused. */
    record Refusal(String code, String message, String clientId) {
    }
}
