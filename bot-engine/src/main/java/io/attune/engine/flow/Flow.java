package io.attune.engine.flow;

import io.attune.engine.conversation.FlowState;

/** A multi-turn exchange where the answer needs a detail from the customer. */
public interface Flow {

    String name();

    /**
     * The first reply, given the message that asked for it (it may already hold the detail, or the customer
     * may have given it earlier: {@link FlowContext#earlier()}).
     */
    FlowReply start(String message, FlowContext context);

    /** The reply to the customer's next message while the flow waits. */
    FlowReply next(FlowState state, String message, FlowContext context);

    /** The question the flow is waiting on, asked again in the same state: for a customer who chose to try again. */
    FlowReply askAgain(FlowState state);
}
