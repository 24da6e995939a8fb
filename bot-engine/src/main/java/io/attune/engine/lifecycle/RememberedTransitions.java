package io.attune.engine.lifecycle;

import io.attune.engine.conversation.ConversationState;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Asks the state machine once per state and event and remembers its answer. The conversation machine
 * has no guards, actions or extended state, so the state an event leads to depends on the state and
 * the event alone; the graph stays in Spring Statemachine, and building a machine per event (about
 * 130 us, twice a customer turn) is paid for the first time each pair is seen only.
 */
final class RememberedTransitions implements ConversationLifecycle {

    private record Key(ConversationState state, LifecycleEvent event) {
    }

    private final ConversationLifecycle machine;
    /** The state reached, or empty when the machine refused the event. */
    private final Map<Key, Optional<ConversationState>> known = new ConcurrentHashMap<>();

    RememberedTransitions(ConversationLifecycle machine) {
        this.machine = machine;
    }

    @Override
    public ConversationState fire(ConversationState current, LifecycleEvent event) {
        return known.computeIfAbsent(new Key(current, event), this::ask)
                .orElseThrow(() -> new IllegalTransitionException(current, event));
    }

    @Override
    public boolean accepts(ConversationState current, LifecycleEvent event) {
        return known.computeIfAbsent(new Key(current, event), this::ask).isPresent();
    }

    private Optional<ConversationState> ask(Key key) {
        try {
            return Optional.of(machine.fire(key.state(), key.event()));
        } catch (IllegalTransitionException refused) {
            return Optional.empty();
        }
    }
}
