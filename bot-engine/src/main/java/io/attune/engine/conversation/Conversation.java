package io.attune.engine.conversation;

import io.attune.engine.emotion.EmotionReading;
import io.attune.engine.handoff.PolicyTurn;
import io.attune.engine.handoff.SentimentTrend;
import java.util.List;
import java.util.Objects;

/**
 * A conversation as read: its snapshot and its turns, oldest first. All of them, or, where the engine
 * handles a turn, the most recent ones only ({@link #complete()} tells which).
 */
public record Conversation(ConversationSnapshot snapshot, List<Turn> turns) {

    public Conversation {
        Objects.requireNonNull(snapshot, "snapshot");
        turns = List.copyOf(turns);
    }

    public ConversationId id() {
        return snapshot.id();
    }

    public ConversationState state() {
        return snapshot.state();
    }

    /** Whether every turn is here: turns are numbered from 1 and the greeting is always turn 1. */
    public boolean complete() {
        return turns.isEmpty() || turns.get(0).seq() == 1;
    }

    public long lastSeq() {
        return turns.isEmpty() ? 0 : turns.get(turns.size() - 1).seq();
    }

    public List<Turn> customerTurns() {
        return turns.stream().filter(Turn::fromCustomer).toList();
    }

    public List<String> customerTexts() {
        return customerTurns().stream().map(Turn::text).toList();
    }

    /** The customer turns as the handoff policy reads them. */
    public List<PolicyTurn> policyTurns() {
        return policyTurnsOf(turns);
    }

    /** The customer turns of a stored transcript, in order, as the handoff policy reads them. */
    public static List<PolicyTurn> policyTurnsOf(List<Turn> turns) {
        return turns.stream().filter(Turn::fromCustomer)
                .map(t -> new PolicyTurn(t.reading() == null ? EmotionReading.neutral() : t.reading(),
                        PolicyTurn.understood(t.intent())))
                .toList();
    }

    /**
     * The customer turns the bot answers for now: those since an agent last wrote (all of them when no
     * agent has). After a hand-back the bot starts afresh: what the agent calmed down does not add up
     * again with the next routine question.
     */
    public List<PolicyTurn> policyTurnsWithTheBot() {
        return policyTurnsOf(sinceAnAgentLastWrote());
    }

    /** The customer's texts since an agent last wrote: what the reading takes as the turn's context. */
    public List<String> customerTextsWithTheBot() {
        return sinceAnAgentLastWrote().stream().filter(Turn::fromCustomer).map(Turn::text).toList();
    }

    private List<Turn> sinceAnAgentLastWrote() {
        for (int i = turns.size() - 1; i >= 0; i--) {
            if (turns.get(i).author() == Author.AGENT) {
                return turns.subList(i + 1, turns.size());
            }
        }
        return turns;
    }

    /**
     * The customer's emotion history, oldest first: one reading per customer turn (calm when a turn has
     * none stored).
     */
    public List<EmotionReading> emotionHistory() {
        return customerTurns().stream().map(t -> t.reading() == null ? EmotionReading.neutral() : t.reading()).toList();
    }

    /** The smoothed sentiment over the customer's turns and how fast it moves (per turn). */
    public SentimentTrend sentimentTrend() {
        return SentimentTrend.of(emotionHistory().stream().map(EmotionReading::sentiment).toList());
    }

    public Conversation with(ConversationSnapshot next, List<Turn> added) {
        if (added.isEmpty()) {
            return new Conversation(next, turns);
        }
        List<Turn> all = new java.util.ArrayList<>(turns);
        all.addAll(added);
        return new Conversation(next, all);
    }
}
