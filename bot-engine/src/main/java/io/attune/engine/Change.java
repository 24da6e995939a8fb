package io.attune.engine;

import io.attune.engine.conversation.Author;
import io.attune.engine.conversation.Conversation;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.ConversationState;
import io.attune.engine.conversation.FlowState;
import io.attune.engine.conversation.HandoffRecord;
import io.attune.engine.conversation.QuickReply;
import io.attune.engine.conversation.Survey;
import io.attune.engine.conversation.Turn;
import io.attune.engine.emotion.EmotionReading;
import io.attune.engine.event.EngineEvent;
import io.attune.engine.conversation.ClosedBy;
import io.attune.engine.handoff.HandoffDecision;
import io.attune.engine.lifecycle.ConversationLifecycle;
import io.attune.engine.lifecycle.IllegalTransitionException;
import io.attune.engine.lifecycle.LifecycleEvent;
import io.attune.engine.store.ConversationStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One change to one conversation, made while holding its lock: turns to add, the new snapshot, events. */
final class Change {

    static final String BOT_NAME = "Assistant";

    /**
     * The turns a change reads: enough for every rule that looks back. The handoff policy's runs are at
     * most 20 customer turns (the thresholds' validation), which 60 turns hold while the customer and the
     * bot take turns; its trend gives the turns before them a weight below 2^-20. So a turn costs the same
     * in a long conversation as in a short one.
     */
    static final int RECENT_TURNS = 60;

    record Factory(ConversationStore store, ConversationLifecycle lifecycle, Clock clock) {

        /** The conversation's snapshot and recent turns, for a change made under its lock. */
        Change begin(ConversationId id) {
            return new Change(this, recent(id));
        }

        /** As {@link #begin(ConversationId)}, reading only what was stored since {@code known} was read. */
        Change begin(Conversation known) {
            ConversationSnapshot s = store.find(known.id()).orElseThrow(EngineException::unknownConversation);
            return new Change(this, known.with(s, store.turnsAfter(known.id(), known.lastSeq())));
        }

        Conversation recent(ConversationId id) {
            return store.recent(id, RECENT_TURNS).orElseThrow(EngineException::unknownConversation);
        }
    }

    record Applied(Conversation conversation, List<EngineEvent> events) {
    }

    private final Factory f;
    private final Conversation before;
    private ConversationSnapshot snapshot;
    private final List<Turn> added = new ArrayList<>();
    private final List<EngineEvent> events = new ArrayList<>();

    private Change(Factory f, Conversation before) {
        this.f = f;
        this.before = before;
        this.snapshot = before.snapshot();
    }

    ConversationState state() {
        return snapshot.state();
    }

    ConversationSnapshot snapshot() {
        return snapshot;
    }

    Conversation conversation() {
        return before.with(snapshot, added);
    }

    long nextSeq() {
        return before.lastSeq() + added.size() + 1;
    }

    void fire(LifecycleEvent event) {
        ConversationState from = snapshot.state();
        ConversationState to;
        try {
            to = f.lifecycle().fire(from, event);
        } catch (IllegalTransitionException e) {
            throw from.isOpen() ? EngineException.notAllowed("That isn't possible while the conversation is "
                    + from.name().toLowerCase().replace('_', ' ') + ".") : EngineException.closed();
        }
        snapshot = snapshot.withState(to, f.clock().instant());
        if (to != from) {
            events.add(new EngineEvent.StateChanged(snapshot.id(), from, to));
        }
    }

    Turn customer(String clientId, String text, EmotionReading reading, String intent) {
        return add(new Turn(nextSeq(), Author.CUSTOMER, snapshot.customerName(), text, f.clock().instant(), clientId,
                reading, intent, List.of()));
    }

    Turn say(Author author, String text, String clientId, List<QuickReply> choices, String intent) {
        String name = switch (author) {
            case BOT -> BOT_NAME;
            case AGENT -> snapshot.agentDisplayName();
            case CUSTOMER -> snapshot.customerName();
            case SYSTEM -> null;
        };
        return add(new Turn(nextSeq(), author, name, text, f.clock().instant(), clientId, null, intent, choices));
    }

    void flow(FlowState next) {
        snapshot = snapshot.withFlow(next);
    }

    void handOff(HandoffDecision decision, long atSeq) {
        fire(LifecycleEvent.HANDOFF);
        snapshot = snapshot.withFlow(null).withHandoff(new HandoffRecord(decision, atSeq, f.clock().instant(), null));
    }

    void agentJoins(String username, String displayName) {
        if (snapshot.state() == ConversationState.WITH_AGENT && username.equals(snapshot.agentUsername())) {
            return;
        }
        if (snapshot.state() != ConversationState.WAITING_FOR_AGENT) {
            throw snapshot.state() == ConversationState.WITH_AGENT
                    ? EngineException.alreadyClaimed(snapshot.agentDisplayName())
                    : EngineException.notAllowed("This conversation is not waiting for a person.");
        }
        fire(LifecycleEvent.AGENT_JOINED);
        snapshot = snapshot.withAgent(username, displayName);
        if (snapshot.handoff() != null) {
            snapshot = snapshot.withHandoff(snapshot.handoff().joined(f.clock().instant()));
        }
        say(Author.SYSTEM, displayName + " has joined the conversation.", null, List.of(), null);
        events.add(new EngineEvent.AgentJoined(snapshot.id(), username, displayName));
    }

    void agentSays(String username, String clientId, String text) {
        assigned(username);
        say(Author.AGENT, text, clientId, List.of(), null);
    }

    void handBack(String username) {
        assigned(username);
        String name = snapshot.agentDisplayName();
        fire(LifecycleEvent.HANDED_BACK);
        snapshot = snapshot.withAgent(null, null).withBotFailures(0);
        say(Author.BOT, "I'm back: " + name + " handed our conversation back to me. What else can I help with?",
                null, List.of(), null);
        events.add(new EngineEvent.HandedBack(snapshot.id(), username));
    }

    void transfer(String fromUsername, String toUsername, String toDisplayName) {
        assigned(fromUsername);
        String fromName = snapshot.agentDisplayName();
        fire(LifecycleEvent.AGENT_JOINED);
        snapshot = snapshot.withAgent(toUsername, toDisplayName);
        say(Author.SYSTEM, fromName + " passed the conversation to " + toDisplayName + ".", null, List.of(), null);
        events.add(new EngineEvent.AgentJoined(snapshot.id(), toUsername, toDisplayName));
    }

    void close(ClosedBy by, String note, Boolean handoffNeeded) {
        if (snapshot.state() == ConversationState.SURVEY) {
            // Already ended: an unanswered survey just closes, and who ended it stays on record.
            fire(LifecycleEvent.CLOSED);
            return;
        }
        fire(LifecycleEvent.CLOSED);
        snapshot = snapshot.withClosed(by, note, handoffNeeded);
        say(Author.SYSTEM, by == ClosedBy.INACTIVITY ? "The conversation was closed after a while with no messages."
                : "The conversation was closed. How did we do? Please rate it from 1 to 5.", null, List.of(), null);
        events.add(new EngineEvent.ConversationClosed(snapshot.id(), by, note));
    }

    void survey(Survey answer) {
        fire(LifecycleEvent.SURVEY_DONE);
        snapshot = snapshot.withSurvey(answer);
    }

    void nameCustomer(String name) {
        snapshot = snapshot.withCustomerName(name);
    }

    void markHandoffNeeded(Boolean needed) {
        snapshot = snapshot.withHandoffNeeded(needed);
    }

    Applied apply() {
        added.forEach(t -> f.store().append(snapshot.id(), t));
        if (!snapshot.equals(before.snapshot())) {
            f.store().update(snapshot);
        }
        Conversation after = conversation();
        List<EngineEvent> all = new ArrayList<>();
        added.forEach(t -> all.add(new EngineEvent.TurnRecorded(snapshot.id(), t, snapshot)));
        all.addAll(events);
        return new Applied(after, all);
    }

    private Turn add(Turn turn) {
        added.add(turn);
        return turn;
    }

    private void assigned(String username) {
        if (snapshot.state() != ConversationState.WITH_AGENT || !Objects.equals(username, snapshot.agentUsername())) {
            throw EngineException.notAssigned();
        }
    }
}
