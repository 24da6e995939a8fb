package io.attune.console;

import io.attune.engine.ConversationEngine;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationState;

/** Test set-up through the engine only, as a customer would get there. */
public final class Conversations {

    private Conversations() {
    }

    /** A conversation whose customer asked for a person: it waits in the queue. */
    public static ConversationId waiting(ConversationEngine engine, String customerName, String firstWords) {
        ConversationId id = engine.open(customerName).id();
        engine.customerSays(id, "c1", firstWords);
        engine.customerSays(id, "c2", "I want to talk to a person please");
        ConversationState state = engine.find(id).orElseThrow().state();
        if (state != ConversationState.WAITING_FOR_AGENT) {
            throw new IllegalStateException("set-up failed: the conversation is " + state);
        }
        return id;
    }

    /** A waiting conversation taken by {@code agent}. */
    public static ConversationId heldBy(ConversationEngine engine, String agent, String agentName, String customerName,
                                        String firstWords) {
        ConversationId id = waiting(engine, customerName, firstWords);
        engine.agentJoins(id, agent, agentName);
        return id;
    }
}
