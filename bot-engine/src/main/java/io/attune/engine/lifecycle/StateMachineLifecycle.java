package io.attune.engine.lifecycle;

import io.attune.engine.conversation.ConversationState;
import java.util.UUID;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineEventResult;
import org.springframework.statemachine.StateMachineEventResult.ResultType;
import org.springframework.statemachine.config.StateMachineFactory;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import reactor.core.publisher.Mono;

/**
 * One machine per conversation and per event, from the factory: restored to the stored state, fed
 * the event, read, and dropped. The state itself is persisted with the conversation, so after a
 * restart every conversation resumes where it was.
 */
final class StateMachineLifecycle implements ConversationLifecycle {

    private final StateMachineFactory<ConversationState, LifecycleEvent> factory;

    StateMachineLifecycle(StateMachineFactory<ConversationState, LifecycleEvent> factory) {
        this.factory = factory;
    }

    @Override
    public ConversationState fire(ConversationState current, LifecycleEvent event) {
        StateMachine<ConversationState, LifecycleEvent> machine = restored(current);
        try {
            StateMachineEventResult<ConversationState, LifecycleEvent> result = machine
                    .sendEvent(Mono.just(MessageBuilder.withPayload(event).build()))
                    .blockLast();
            if (result == null || result.getResultType() != ResultType.ACCEPTED) {
                throw new IllegalTransitionException(current, event);
            }
            return machine.getState().getId();
        } finally {
            machine.stopReactively().block();
        }
    }

    @Override
    public boolean accepts(ConversationState current, LifecycleEvent event) {
        try {
            fire(current, event);
            return true;
        } catch (IllegalTransitionException e) {
            return false;
        }
    }

    private StateMachine<ConversationState, LifecycleEvent> restored(ConversationState state) {
        StateMachine<ConversationState, LifecycleEvent> machine = factory.getStateMachine(UUID.randomUUID());
        machine.getStateMachineAccessor().doWithAllRegions(access -> access
                .resetStateMachineReactively(new DefaultStateMachineContext<>(state, null, null, null))
                .block());
        machine.startReactively().block();
        return machine;
    }
}
