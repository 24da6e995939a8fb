package io.attune.engine.lifecycle;

import io.attune.engine.conversation.ConversationState;

/** An event that the life cycle does not allow in the conversation's state. */
public class IllegalTransitionException extends RuntimeException {

    private final ConversationState state;
    private final LifecycleEvent event;

    public IllegalTransitionException(ConversationState state, LifecycleEvent event) {
        super(event + " is not allowed while the conversation is " + state);
        this.state = state;
        this.event = event;
    }

    public ConversationState state() {
        return state;
    }

    public LifecycleEvent event() {
        return event;
    }
}
