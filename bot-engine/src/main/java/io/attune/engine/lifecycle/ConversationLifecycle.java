package io.attune.engine.lifecycle;

import io.attune.engine.conversation.ConversationState;

/**
 * The conversation life cycle, our own interface: the engine never sees the state machine library.
 * See {@code statechart.txt} beside this file.
 */
public interface ConversationLifecycle {

    /**
     * Restores a machine to {@code current}, feeds it {@code event} and returns the state it is in.
     *
     * @throws IllegalTransitionException when the event is not allowed in that state
     */
    ConversationState fire(ConversationState current, LifecycleEvent event);

    /** Whether {@code event} is allowed in {@code current}. */
    boolean accepts(ConversationState current, LifecycleEvent event);

    /** Spring Statemachine behind our interface, each of its answers remembered. */
    static ConversationLifecycle create() {
        return new RememberedTransitions(machine());
    }

    /** Spring Statemachine itself: a machine restored and fed per call. */
    static ConversationLifecycle machine() {
        return new StateMachineLifecycle(ConversationStateMachineFactory.create());
    }
}
