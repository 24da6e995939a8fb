package io.attune.engine.conversation;

import java.util.Map;

/**
 * A multi-turn flow in progress, e.g. order status waiting for the order number.
 *
 * @param flow  the flow's name ("order-status", "password-reset", "cancellation", "refund-status")
 * @param step  the flow's step ("ask-order-number", "confirm", ...)
 * @param slots details collected so far, e.g. "order number" -> "A123456"
 */
public record FlowState(String flow, String step, Map<String, String> slots) {

    public FlowState {
        slots = Map.copyOf(slots);
    }
}
